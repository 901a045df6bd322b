import dayjs, { type Dayjs } from 'dayjs'
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

/**
 * China has kept UTC+8 all year since 1991 (no daylight saving), so for every
 * date this product handles "in Asia/Shanghai" is a fixed offset. dayjs's
 * `tz()` asks Intl for the zone's offset on every call (a zone-formatted
 * `toLocaleString`), which was about 8 % of a function instance's CPU in the
 * check-in burst of `npm run bench`; the fixed offset gives the same answers
 * (calendar.test.ts compares the two over 40 years) without it. Hot paths
 * use this; `tz(TZ)` stays where a call is rare.
 */
export const SHANGHAI_UTC_OFFSET_MINUTES = 480

export function inShanghai(at: Date | number): Dayjs {
  return dayjs(at).utcOffset(SHANGHAI_UTC_OFFSET_MINUTES)
}

/** The local calendar day, e.g. "2026-11-24": the unit of "at most once a day". */
export function localDay(at: Date): string {
  return inShanghai(at).format('YYYY-MM-DD')
}

export function startOfNextLocalDay(at: Date): Date {
  return inShanghai(at).startOf('day').add(1, 'day').toDate()
}

/** The local date one day after `at`: what "before the scheduled day" reminders look for. */
export function tomorrow(at: Date): string {
  return inShanghai(at).add(1, 'day').format('YYYY-MM-DD')
}

/** A real calendar day written YYYY-MM-DD: 2026-02-30 is not one. */
export function isCalendarDay(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value)
  if (!match) return false
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])]
  const at = new Date(Date.UTC(year, month - 1, day))
  return at.getUTCFullYear() === year && at.getUTCMonth() === month - 1 && at.getUTCDate() === day
}
