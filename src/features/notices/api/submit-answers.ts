import type { NoticesActions } from '@contract/notices-api'
import { callNotices } from './call-notices'

/** Submits (or, before the deadline, resubmits) the answers to every discussion question (`answers.submit`). */
export function submitAnswers(payload: NoticesActions['answers.submit']['payload']): Promise<NoticesActions['answers.submit']['result']> {
  return callNotices('answers.submit', payload)
}
