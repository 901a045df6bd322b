import type { CheckinPhase } from '../../contract/meetings-api'
import { CHECKIN_CLOSES_MINUTES_AFTER, CHECKIN_OPENS_MINUTES_BEFORE } from '../../contract/meetings-rules'

/**
 * When a member may check in: from N minutes before the start (30 by
 * default) to M minutes after the end (0 by default); after the start a
 * check-in counts as late. Instants compare as instants, so the rule holds
 * in Asia/Shanghai however the server's zone is set.
 */
export interface MeetingTimes {
  startAt: Date
  endAt: Date
  checkinOpensMinutesBefore?: number
  checkinClosesMinutesAfter?: number
}

export function checkinWindow(meeting: MeetingTimes): { opensAt: Date; closesAt: Date } {
  const before = meeting.checkinOpensMinutesBefore ?? CHECKIN_OPENS_MINUTES_BEFORE
  const after = meeting.checkinClosesMinutesAfter ?? CHECKIN_CLOSES_MINUTES_AFTER
  return { opensAt: new Date(meeting.startAt.getTime() - before * 60_000), closesAt: new Date(meeting.endAt.getTime() + after * 60_000) }
}

export function checkinPhase(now: Date, meeting: MeetingTimes): CheckinPhase {
  const { opensAt, closesAt } = checkinWindow(meeting)
  const t = now.getTime()
  if (t < opensAt.getTime()) return 'not_open'
  if (t > closesAt.getTime()) return 'closed'
  return t > meeting.startAt.getTime() ? 'late' : 'on_time'
}

export const hasStarted = (now: Date, meeting: { startAt: Date }): boolean => now.getTime() >= meeting.startAt.getTime()
export const hasEnded = (now: Date, meeting: { endAt: Date }): boolean => now.getTime() >= meeting.endAt.getTime()
