import type { NoticesActions } from '@contract/notices-api'
import { callNotices } from './call-notices'

/** A saved draft, reopened by the 组织部 to keep editing it (`notices.getDraft`). */
export function getDraft(payload: NoticesActions['notices.getDraft']['payload']): Promise<NoticesActions['notices.getDraft']['result']> {
  return callNotices('notices.getDraft', payload)
}
