import type { NoticesActions } from '@contract/notices-api'
import { callNotices } from './call-notices'

/** Sends the notice to the branch's members who allowed a reminder, once each (`notices.push`). */
export function pushNotice(payload: NoticesActions['notices.push']['payload']): Promise<NoticesActions['notices.push']['result']> {
  return callNotices('notices.push', payload)
}
