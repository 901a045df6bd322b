import type { MeetingsActions } from '@contract/meetings-api'
import { callMeetings } from './call-meetings'

/** Changes a meeting before it starts (after that the server refuses with MEETING_STARTED) (`meetings.update`). */
export function updateMeeting(payload: MeetingsActions['meetings.update']['payload']): Promise<MeetingsActions['meetings.update']['result']> {
  return callMeetings('meetings.update', payload)
}
