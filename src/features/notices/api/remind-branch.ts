import type { NoticesActions } from '@contract/notices-api'
import { callNotices } from './call-notices'

/** 一键催办: reminds only the branch's members who have not answered, once a day (`notices.remind`). */
export function remindBranch(payload: NoticesActions['notices.remind']['payload']): Promise<NoticesActions['notices.remind']['result']> {
  return callNotices('notices.remind', payload)
}
