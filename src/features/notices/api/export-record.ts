import type { NoticesActions } from '@contract/notices-api'
import { callNotices } from './call-notices'

/** The branch's 学习教育记录 as a .docx, generated from what was recorded (`records.export`). */
export function exportRecord(payload: NoticesActions['records.export']['payload']): Promise<NoticesActions['records.export']['result']> {
  return callNotices('records.export', payload)
}
