import dayjs from 'dayjs'
import timezone from 'dayjs/plugin/timezone'
import utc from 'dayjs/plugin/utc'
import type { ThemeDayRule } from '../../contract/meetings-api'
import { inShanghai, TZ } from '../calendar'

dayjs.extend(utc)
dayjs.extend(timezone)

/**
 * The branch's monthly 主题党日 ("每月第二个周五 15:00") turned into dates,
 * in Asia/Shanghai whatever the server's zone. Pure: the clock is passed in.
 */
export interface PlannedThemeDay {
  year: number
  month: number
  startAt: Date
  endAt: Date
}

/** The local date (YYYY-MM-DD) of the nth weekday of a month; nth -1 is the last one. Weekday 1 = Monday … 7 = Sunday. */
export function nthWeekdayOfMonth(year: number, month: number, nth: ThemeDayRule['nth'], weekday: ThemeDayRule['weekday']): string {
  const first = dayjs.utc(Date.UTC(year, month - 1, 1))
  const isoWeekday = (d: dayjs.Dayjs): number => (d.day() === 0 ? 7 : d.day())
  if (nth === -1) {
    const last = first.endOf('month').startOf('day')
    return last.subtract((isoWeekday(last) - weekday + 7) % 7, 'day').format('YYYY-MM-DD')
  }
  const firstMatch = first.add((weekday - isoWeekday(first) + 7) % 7, 'day')
  return firstMatch.add(nth - 1, 'week').format('YYYY-MM-DD')
}

/** This year's remaining 主题党日 (those starting after `after`), one per month. */
export function themeDaysOfYear(rule: ThemeDayRule, year: number, after: Date): PlannedThemeDay[] {
  const days: PlannedThemeDay[] = []
  for (let month = 1; month <= 12; month += 1) {
    const date = nthWeekdayOfMonth(year, month, rule.nth, rule.weekday)
    const start = dayjs.tz(`${date} ${rule.time}`, 'YYYY-MM-DD HH:mm', TZ)
    if (start.valueOf() <= after.getTime()) continue
    days.push({ year, month, startAt: start.toDate(), endAt: start.add(rule.durationMinutes, 'minute').toDate() })
  }
  return days
}

/** One generated 主题党日 per branch and month: saving the rule again rewrites it instead of adding another. */
export const themeDayMeetingId = (unitId: string, year: number, month: number): string => `m-${unitId}-${year}${String(month).padStart(2, '0')}-theme-day`

/** The year a rule is generated for: the current local year. */
export const localYear = (at: Date): number => inShanghai(at).year()
