import type { MeetingsActions } from '@contract/meetings-api'
import { callMeetings } from './call-meetings'

/** Approves or refuses a leave request, with an optional comment the member sees (`leave.decide`). */
export function decideLeave(payload: MeetingsActions['leave.decide']['payload']): Promise<MeetingsActions['leave.decide']['result']> {
  return callMeetings('leave.decide', payload)
}
