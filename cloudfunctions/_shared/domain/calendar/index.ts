import dayjs from 'dayjs'
import timezone from 'dayjs/plugin/timezone'
import utc from 'dayjs/plugin/utc'

dayjs.extend(utc)
dayjs.extend(timezone)

/**
 * The shared calendar: every feature answers calendar questions in
 * Asia/Shanghai, whatever the server's zone (CloudBase runs in UTC). The
 * clock is always passed in.
 */
export const TZ = 'Asia/Shanghai'

/** The local calendar day, e.g. "2026-11-24": the unit of "at most once a day". */
export function localDay(at: Date): string {
  return dayjs(at).tz(TZ).format('YYYY-MM-DD')
}

export function startOfNextLocalDay(at: Date): Date {
  return dayjs(at).tz(TZ).startOf('day').add(1, 'day').toDate()
}

/** The local date one day after `at`: what "before the scheduled day" reminders look for. */
export function tomorrow(at: Date): string {
  return dayjs(at).tz(TZ).add(1, 'day').format('YYYY-MM-DD')
}
