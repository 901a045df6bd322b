import type { NoticesActions } from '@contract/notices-api'
import { callNotices } from './call-notices'

/** Reports the branch's changed time, form and place to the department (at least 12 hours ahead) (`notices.reschedule`). */
export function reschedule(payload: NoticesActions['notices.reschedule']['payload']): Promise<NoticesActions['notices.reschedule']['result']> {
  return callNotices('notices.reschedule', payload)
}
