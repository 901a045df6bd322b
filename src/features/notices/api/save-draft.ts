import type { NoticesActions } from '@contract/notices-api'
import { callNotices } from './call-notices'

/** Saves the corrected notice as a draft (saving the same issue again edits that draft) (`notices.saveDraft`). */
export function saveDraft(payload: NoticesActions['notices.saveDraft']['payload']): Promise<NoticesActions['notices.saveDraft']['result']> {
  return callNotices('notices.saveDraft', payload)
}
