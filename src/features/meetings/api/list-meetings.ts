import type { MeetingsActions } from '@contract/meetings-api'
import { callMeetings } from './call-meetings'

/** One page of meetings: a member's own (with their state) or a unit's (with counters), upcoming first unless past (`meetings.list`). */
export function listMeetings(payload: MeetingsActions['meetings.list']['payload']): Promise<MeetingsActions['meetings.list']['result']> {
  return callMeetings('meetings.list', payload)
}
