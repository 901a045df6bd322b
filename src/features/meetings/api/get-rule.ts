import type { MeetingsActions } from '@contract/meetings-api'
import { callMeetings } from './call-meetings'

/** A branch's monthly 主题党日 rule, or null before one is set (`rule.get`). */
export function getRule(payload: MeetingsActions['rule.get']['payload']): Promise<MeetingsActions['rule.get']['result']> {
  return callMeetings('rule.get', payload)
}
