import type { MeetingsActions } from '@contract/meetings-api'
import { callMeetings } from './call-meetings'

/** The caller's open (or, with done, finished) 补学 tasks, soonest due first (`makeup.list`). */
export function listMakeups(payload: MeetingsActions['makeup.list']['payload']): Promise<MeetingsActions['makeup.list']['result']> {
  return callMeetings('makeup.list', payload)
}
