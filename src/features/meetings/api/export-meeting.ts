import type { MeetingsActions } from '@contract/meetings-api'
import { callMeetings } from './call-meetings'

/** The meeting's record (attendance and minutes) as a .docx (`meetings.export`). */
export function exportMeeting(payload: MeetingsActions['meetings.export']['payload']): Promise<MeetingsActions['meetings.export']['result']> {
  return callMeetings('meetings.export', payload)
}
