import { MEETINGS_FUNCTION } from '@contract/meetings-api'
import type { MeetingsAction, MeetingsActions } from '@contract/meetings-api'
import { callFunction } from '@/api'

/** One call to the `meetings` function, typed end to end by the contract's action table. */
export function callMeetings<A extends MeetingsAction>(action: A, payload: MeetingsActions[A]['payload']): Promise<MeetingsActions[A]['result']> {
  return callFunction<MeetingsActions[A]['result']>(MEETINGS_FUNCTION, { action, payload })
}
