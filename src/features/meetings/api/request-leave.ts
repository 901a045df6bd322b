import type { MeetingsActions } from '@contract/meetings-api'
import { callMeetings } from './call-meetings'

/** Asks the secretary for leave, with a reason, before the meeting starts (`leave.request`). */
export function requestLeave(payload: MeetingsActions['leave.request']['payload']): Promise<MeetingsActions['leave.request']['result']> {
  return callMeetings('leave.request', payload)
}
