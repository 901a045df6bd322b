import dayjs from 'dayjs'
import type { MemberRow, ParticipationRow, UpcomingFigures } from '../../contract/dashboard-api'
import { TZ } from '../calendar'

/**
 * A period's figures count only meetings already held. A meeting counts as
 * held once its attendance is final (finalizedAt: after it ended, when the
 * host saves the record or the daily timer closes it); that is also when
 * meetingsHeld and 应到 count it. The attendance counters move as things
 * happen (leave approved days before, check-ins during the meeting), so the
 * dashboard takes what meetings not yet held put in the period's buckets
 * out of the figures and shows it apart as 即将召开. Pure.
 */

/** The daily timer closes meetings that ended up to 30 days ago: older ones are held (or never will be). */
export const UNHELD_LOOKBACK_DAYS = 35

export const unheldSince = (now: Date): Date => dayjs(now).subtract(UNHELD_LOOKBACK_DAYS, 'day').toDate()

/** What meetings not yet held hold in one unit's counters (summed over those meetings). */
export interface UnheldCounts {
  meetings: number
  started: number
  invited: number
  present: number
  late: number
  leave: number
  absent: number
  madeUp: number
}

export const NO_UPCOMING: UpcomingFigures = { meetings: 0, started: 0, invited: 0, leave: 0, checkedIn: 0 }

const ATTENDANCE = ['present', 'late', 'leave', 'absent', 'madeUp'] as const

/** The row with only held meetings in its attendance figures, and the rest as `upcoming`. */
export function heldOnly(row: ParticipationRow, unheld: UnheldCounts | undefined): ParticipationRow {
  if (!unheld || unheld.meetings === 0) return { ...row, upcoming: NO_UPCOMING }
  const held = Object.fromEntries(ATTENDANCE.map((field) => [field, Math.max(0, row[field] - unheld[field])]))
  return {
    ...row,
    ...held,
    upcoming: { meetings: unheld.meetings, started: unheld.started, invited: unheld.invited, leave: unheld.leave, checkedIn: unheld.present + unheld.late }
  }
}

/** A member's own counts of meetings not yet held. */
export type MemberUnheld = Pick<UnheldCounts, (typeof ATTENDANCE)[number]>

/** The member's row with only held meetings, and their leave for meetings to come apart. */
export function memberHeldOnly(row: MemberRow, unheld: MemberUnheld | undefined): MemberRow {
  if (!unheld) return { ...row, upcomingLeave: 0 }
  const held = Object.fromEntries(ATTENDANCE.map((field) => [field, Math.max(0, row[field] - unheld[field])]))
  return { ...row, ...held, upcomingLeave: unheld.leave }
}

/** The instants a period key covers, [from, to), in Asia/Shanghai: W2026-48, M2026-11, Q2026-4, Y2026. */
export function periodRange(key: string): { from: Date; to: Date } {
  const [kind, rest] = [key[0], key.slice(1)]
  const [year, part] = rest.split('-').map(Number)
  if (kind === 'W') {
    // ISO week 1 holds 4 January; weeks start on Monday.
    const jan4 = dayjs.tz(`${year}-01-04 00:00`, 'YYYY-MM-DD HH:mm', TZ)
    const monday = jan4.subtract((jan4.day() + 6) % 7, 'day').add(part - 1, 'week')
    return { from: monday.toDate(), to: monday.add(1, 'week').toDate() }
  }
  if (kind === 'M') {
    const start = dayjs.tz(`${year}-${String(part).padStart(2, '0')}-01 00:00`, 'YYYY-MM-DD HH:mm', TZ)
    return { from: start.toDate(), to: start.add(1, 'month').toDate() }
  }
  if (kind === 'Q') {
    const start = dayjs.tz(`${year}-${String(3 * part - 2).padStart(2, '0')}-01 00:00`, 'YYYY-MM-DD HH:mm', TZ)
    return { from: start.toDate(), to: start.add(3, 'month').toDate() }
  }
  const start = dayjs.tz(`${year}-01-01 00:00`, 'YYYY-MM-DD HH:mm', TZ)
  return { from: start.toDate(), to: start.add(1, 'year').toDate() }
}
