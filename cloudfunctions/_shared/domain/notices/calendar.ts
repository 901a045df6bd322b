import dayjs from 'dayjs'
import { TZ } from '../calendar'

// Calendar rules of a notice, on the shared calendar (Asia/Shanghai). The clock is always passed in.

/** A schedule row gives a date only; a branch's activity is taken to start at this local time. */
export const DEFAULT_START_TIME = '14:00'
/** A branch moving the time must report at least this long before the scheduled start (DOMAIN.md: half a day). */
export const RESCHEDULE_MIN_LEAD_HOURS = 12

export function scheduledStart(date: string, time = DEFAULT_START_TIME): Date {
  return dayjs.tz(`${date} ${time}`, 'YYYY-MM-DD HH:mm', TZ).toDate()
}

/** The first scheduled day of a notice, if any row has a date. */
export function firstDate(schedule: ReadonlyArray<{ date: string | null }>): string | null {
  const dates = schedule
    .map((row) => row.date)
    .filter((date): date is string => Boolean(date))
    .sort()
  return dates[0] ?? null
}

/** Answers may be edited until the end of the last scheduled day. */
export function defaultAnswerDeadline(schedule: ReadonlyArray<{ date: string | null }>): Date | null {
  const dates = schedule
    .map((row) => row.date)
    .filter((date): date is string => Boolean(date))
    .sort()
  const last = dates[dates.length - 1]
  return last ? dayjs.tz(`${last} 23:59:59`, 'YYYY-MM-DD HH:mm:ss', TZ).toDate() : null
}

export function rescheduleAllowed(now: Date, start: Date, leadHours = RESCHEDULE_MIN_LEAD_HOURS): boolean {
  return start.getTime() - now.getTime() >= leadHours * 3_600_000
}

/** The instant a notice belongs to in period statistics: its first study day, else when it was published. */
export function noticePeriodAt(notice: { schedule: ReadonlyArray<{ date: string | null }>; publishedAt: Date | null }, fallback: Date): Date {
  const first = firstDate(notice.schedule)
  return first ? scheduledStart(first) : (notice.publishedAt ?? fallback)
}
