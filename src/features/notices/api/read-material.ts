import type { NoticesActions } from '@contract/notices-api'
import { callNotices } from './call-notices'

/** The read receipt: a tap on a material; a repeat counts once (`notices.read`). */
export function readMaterial(payload: NoticesActions['notices.read']['payload']): Promise<NoticesActions['notices.read']['result']> {
  return callNotices('notices.read', payload)
}
