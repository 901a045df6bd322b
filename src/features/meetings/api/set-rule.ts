import type { MeetingsActions } from '@contract/meetings-api'
import { callMeetings } from './call-meetings'

/** Saves the rule and (re)generates this year's remaining 主题党日; edited or started ones are kept (`rule.set`). */
export function setRule(payload: MeetingsActions['rule.set']['payload']): Promise<MeetingsActions['rule.set']['result']> {
  return callMeetings('rule.set', payload)
}
