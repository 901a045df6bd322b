import type { MeetingsActions } from '@contract/meetings-api'
import { callMeetings } from './call-meetings'

/** One meeting with the caller's own attendance, and whether they may run it (`meetings.get`). */
export function getMeeting(payload: MeetingsActions['meetings.get']['payload']): Promise<MeetingsActions['meetings.get']['result']> {
  return callMeetings('meetings.get', payload)
}
