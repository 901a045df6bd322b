import type { MeetingsActions } from '@contract/meetings-api'
import { callMeetings } from './call-meetings'

/** Completes a 补学 task with a written reflection (`makeup.submit`). */
export function submitMakeup(payload: MeetingsActions['makeup.submit']['payload']): Promise<MeetingsActions['makeup.submit']['result']> {
  return callMeetings('makeup.submit', payload)
}
