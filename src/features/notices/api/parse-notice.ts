import type { NoticesActions } from '@contract/notices-api'
import { callNotices } from './call-notices'

/** Reads pasted text or a .docx into every section of a notice, with warnings; nothing is saved (`notices.parse`). */
export function parseNotice(payload: NoticesActions['notices.parse']['payload']): Promise<NoticesActions['notices.parse']['result']> {
  return callNotices('notices.parse', payload)
}
