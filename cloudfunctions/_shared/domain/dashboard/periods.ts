import dayjs from 'dayjs'
import isoWeek from 'dayjs/plugin/isoWeek'
import timezone from 'dayjs/plugin/timezone'
import utc from 'dayjs/plugin/utc'
import type { PeriodKind } from '../../contract/dashboard-api'
import { inShanghai, TZ } from '../calendar'

dayjs.extend(utc)
dayjs.extend(timezone)
dayjs.extend(isoWeek)

/**
 * The periods a dashboard shows, as bucket keys: an event counts in the
 * week, month, quarter and year of the study day or meeting it belongs to
 * (not of the moment it happened), in Asia/Shanghai.
 */
export interface PeriodKeys {
  week: string
  month: string
  quarter: string
  year: string
}

export function periodKeys(at: Date): PeriodKeys {
  const local = inShanghai(at)
  return {
    week: `W${local.isoWeekYear()}-${String(local.isoWeek()).padStart(2, '0')}`,
    month: `M${local.format('YYYY-MM')}`,
    quarter: `Q${local.year()}-${Math.floor(local.month() / 3) + 1}`,
    year: `Y${local.year()}`
  }
}

/** The key of the `kind` period containing a local day (YYYY-MM-DD). */
export function periodKeyOf(kind: PeriodKind, day: string): string {
  return periodKeys(dayjs.tz(`${day} 12:00`, 'YYYY-MM-DD HH:mm', TZ).toDate())[kind]
}

export const allKeys = (keys: PeriodKeys): string[] => [keys.week, keys.month, keys.quarter, keys.year]

/** One bucket per (unit, period). */
export const bucketId = (unitId: string, key: string): string => `${unitId}:${key}`

/** A member's own numbers for one year (`Y2026`). */
export const memberStatsId = (memberId: string, year: string): string => `${memberId}:${year}`

/** 2026年第48周, 2026年11月, 2026年第4季度, 2026年. */
export function periodLabel(key: string): string {
  const [kind, rest] = [key[0], key.slice(1)]
  const [year, part] = rest.split('-')
  if (kind === 'W') return `${year}年第${Number(part)}周`
  if (kind === 'M') return `${year}年${Number(part)}月`
  if (kind === 'Q') return `${year}年第${part}季度`
  return `${year}年`
}

/** The local month (1–12) of an instant. */
export const localMonth = (at: Date): number => inShanghai(at).month() + 1
