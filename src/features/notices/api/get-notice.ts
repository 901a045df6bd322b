import type { NoticesActions } from '@contract/notices-api'
import { callNotices } from './call-notices'

/** A published notice as the caller's branch sees it, with the caller's own answers (`notices.get`). */
export function getNotice(payload: NoticesActions['notices.get']['payload']): Promise<NoticesActions['notices.get']['result']> {
  return callNotices('notices.get', payload)
}
