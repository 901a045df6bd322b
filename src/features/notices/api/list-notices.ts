import type { NoticesActions } from '@contract/notices-api'
import { callNotices } from './call-notices'

/** One page of notices: a member's own (with their read/answered state) or a unit's (with completion counters) (`notices.list`). */
export function listNotices(payload: NoticesActions['notices.list']['payload']): Promise<NoticesActions['notices.list']['result']> {
  return callNotices('notices.list', payload)
}
