import type { NoticesActions } from '@contract/notices-api'
import { callNotices } from './call-notices'

/** A branch's counters and its members, alphabetically, with read/answered/review (`notices.progress`). */
export function getProgress(payload: NoticesActions['notices.progress']['payload']): Promise<NoticesActions['notices.progress']['result']> {
  return callNotices('notices.progress', payload)
}
