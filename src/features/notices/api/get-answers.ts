import type { NoticesActions } from '@contract/notices-api'
import { callNotices } from './call-notices'

/** One member's submitted answers, for the secretary to review (`answers.get`). */
export function getAnswers(payload: NoticesActions['answers.get']['payload']): Promise<NoticesActions['answers.get']['result']> {
  return callNotices('answers.get', payload)
}
