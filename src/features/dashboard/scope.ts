import type { DashboardScope, PeriodKind } from '@contract/dashboard-api'
import { isIsoDate, shanghaiDay } from '@/lib/calendar'

/**
 * The dashboard's scope as the picker moves it: a period by a Shanghai day
 * inside it, or one notice. Plain functions on YYYY-MM-DD strings (no dayjs
 * in the UI); the server names the period (scopeLabel) and reads its bucket.
 */

export const PERIOD_LABELS: Record<PeriodKind, string> = {
  week: '周',
  month: '月',
  quarter: '季度',
  year: '年'
}

export const PERIODS: PeriodKind[] = ['week', 'month', 'quarter', 'year']

/** What the dashboard opens on: this month, by today's Shanghai date. */
export function defaultScope(now: Date): DashboardScope {
  return { period: 'month', day: shanghaiDay(now) }
}

const pad = (n: number): string => String(n).padStart(2, '0')

/** The first day of the month `months` after (or before) the month of y-m. */
function firstOfMonth(year: number, month: number, months: number): string {
  const index = year * 12 + (month - 1) + months
  return `${Math.floor(index / 12)}-${pad((index % 12) + 1)}-01`
}

/**
 * A day inside the period `step` periods away (−1: the previous one). Weeks
 * move by seven days; months, quarters and years land on their first day,
 * which is always inside them whatever the day of the month was.
 */
export function shiftDay(period: PeriodKind, day: string, step: number): string {
  if (!isIsoDate(day)) return day
  const [year, month, date] = day.split('-').map(Number)
  if (period === 'week') return new Date(Date.UTC(year, month - 1, date + 7 * step)).toISOString().slice(0, 10)
  if (period === 'month') return firstOfMonth(year, month, step)
  if (period === 'quarter') return firstOfMonth(year, month - ((month - 1) % 3), 3 * step)
  return `${year + step}-01-01`
}

/** The same kind of period, `step` periods away; a notice scope stays as it is. */
export function shiftScope(scope: DashboardScope, step: number): DashboardScope {
  return 'noticeId' in scope ? scope : { period: scope.period, day: shiftDay(scope.period, scope.day, step) }
}

/** Another kind of period around the same day (周 → 月 keeps the day). */
export function withPeriod(scope: DashboardScope, period: PeriodKind, now: Date): DashboardScope {
  return { period, day: 'day' in scope ? scope.day : shanghaiDay(now) }
}

/** The ISO week (Monday first; week 1 holds the year's first Thursday) of a calendar day, with its week-year. */
function isoWeek(year: number, month: number, date: number): { year: number; week: number } {
  const day = new Date(Date.UTC(year, month - 1, date))
  const weekday = day.getUTCDay() || 7
  // The Thursday of the same week decides the week-year.
  day.setUTCDate(day.getUTCDate() + 4 - weekday)
  const start = Date.UTC(day.getUTCFullYear(), 0, 1)
  return { year: day.getUTCFullYear(), week: Math.ceil(((day.getTime() - start) / 86_400_000 + 1) / 7) }
}

/**
 * The period's name the way the server's scopeLabel says it (2026年第48周,
 * 2026年11月, 2026年第4季度, 2026年), for the picker while the view loads.
 */
export function periodLabelOf(period: PeriodKind, day: string): string {
  if (!isIsoDate(day)) return day
  const [year, month, date] = day.split('-').map(Number)
  if (period === 'week') {
    const week = isoWeek(year, month, date)
    return `${week.year}年第${week.week}周`
  }
  if (period === 'month') return `${year}年${month}月`
  if (period === 'quarter') return `${year}年第${Math.floor((month - 1) / 3) + 1}季度`
  return `${year}年`
}

/** A stable key of a scope: remounts the views that load for it. */
export function scopeKey(scope: DashboardScope): string {
  return 'noticeId' in scope ? `notice:${scope.noticeId}` : `${scope.period}:${scope.day}`
}

/**
 * The year the trend and the yearly requirements are for: the period's year,
 * or for a notice this year, as the server's quotas export decides it (so
 * the 年度要求 tab and its .xlsx agree).
 */
export function scopeYear(scope: DashboardScope, now: Date): number {
  return Number(('day' in scope ? scope.day : shanghaiDay(now)).slice(0, 4))
}

/** The years the server accepts for the trend and the requirements. */
export const MIN_YEAR = 2000
export const MAX_YEAR = 2100

/** A whole year as a scope (the 年度要求 export's year). */
export function yearScope(year: number): DashboardScope {
  return { period: 'year', day: `${year}-01-01` }
}
