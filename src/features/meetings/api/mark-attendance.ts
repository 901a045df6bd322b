import type { MeetingsActions } from '@contract/meetings-api'
import { callMeetings } from './call-meetings'

/** Marks a member present or late by hand, with a reason; clear undoes a mark (`attendance.mark`). */
export function markAttendance(payload: MeetingsActions['attendance.mark']['payload']): Promise<MeetingsActions['attendance.mark']['result']> {
  return callMeetings('attendance.mark', payload)
}
