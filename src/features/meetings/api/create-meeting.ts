import type { MeetingsActions } from '@contract/meetings-api'
import { callMeetings } from './call-meetings'

/** A new meeting of a unit the caller runs; its members are invited (`meetings.create`). */
export function createMeeting(payload: MeetingsActions['meetings.create']['payload']): Promise<MeetingsActions['meetings.create']['result']> {
  return callMeetings('meetings.create', payload)
}
