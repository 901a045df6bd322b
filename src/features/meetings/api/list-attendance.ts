import type { MeetingsActions } from '@contract/meetings-api'
import { callMeetings } from './call-meetings'

/** Everyone invited, with their status, for the host's live list and the record (`attendance.list`). */
export function listAttendance(payload: MeetingsActions['attendance.list']['payload']): Promise<MeetingsActions['attendance.list']['result']> {
  return callMeetings('attendance.list', payload)
}
