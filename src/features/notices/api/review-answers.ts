import type { NoticesActions } from '@contract/notices-api'
import { callNotices } from './call-notices'

/** 已阅 or 退回修改 (with a comment) on a member's answers (`answers.review`). */
export function reviewAnswers(payload: NoticesActions['answers.review']['payload']): Promise<NoticesActions['answers.review']['result']> {
  return callNotices('answers.review', payload)
}
