import type { NoticesActions } from '@contract/notices-api'
import { callNotices } from './call-notices'

/** The time changes branches reported for one notice (`notices.changes`). */
export function listChanges(payload: NoticesActions['notices.changes']['payload']): Promise<NoticesActions['notices.changes']['result']> {
  return callNotices('notices.changes', payload)
}
