import { MEETING_REMINDER_TIME } from '@contract/meetings-rules'
import { DAY_MS, shanghaiDay, shanghaiInstant } from '@/lib/calendar'

/** When the day-before reminder of a meeting starting at `startAt` goes out (the dailyMeetings timer), or null. */
export function reminderMoment(startAt: string): string | null {
  const start = Date.parse(startAt)
  if (!Number.isFinite(start)) return null
  // Shanghai keeps no daylight saving: a day before the start is always on the day before.
  return shanghaiInstant(shanghaiDay(new Date(start - DAY_MS)), MEETING_REMINDER_TIME)
}
