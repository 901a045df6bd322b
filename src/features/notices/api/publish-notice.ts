import type { NoticesActions } from '@contract/notices-api'
import { callNotices } from './call-notices'

/** Publishes a saved draft to the department's whole tree (or the chosen units) (`notices.publish`). */
export function publishNotice(payload: NoticesActions['notices.publish']['payload']): Promise<NoticesActions['notices.publish']['result']> {
  return callNotices('notices.publish', payload)
}
