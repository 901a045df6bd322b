import type { DashboardScope } from '@contract/dashboard-api'
import type { NoticeDraft, NoticeCorrection } from '@contract/notices-api'
import { call } from '../../api/call'

/** One typed call per action the 学习安排 pages use. */
export const listNotices = (page: number, pageSize: number) => call('notices', 'notices.list', { view: 'manage', page, pageSize })
export const parseNotice = (input: { text?: string; docxBase64?: string }) => call('notices', 'notices.parse', input)
export const saveDraft = (draft: NoticeDraft, id?: string) => call('notices', 'notices.saveDraft', { ...(id ? { id } : {}), draft })
export const getDraft = (id: string) => call('notices', 'notices.getDraft', { id })
export const getNotice = (id: string) => call('notices', 'notices.get', { id })
export const publishNotice = (id: string, unitIds: string[], allowPast: boolean) =>
  call('notices', 'notices.publish', { id, ...(unitIds.length ? { unitIds } : {}), ...(allowPast ? { allowPast } : {}) })
export const withdrawNotice = (id: string, reason: string) => call('notices', 'notices.withdraw', { id, reason })
export const correctNotice = (id: string, correction: NoticeCorrection) => call('notices', 'notices.correct', { id, correction })
export const unitTree = () => call('org', 'units.tree', {})
/** Progress by unit: the dashboard's view of one notice (counters per child unit, never names). */
export const noticeProgress = (noticeId: string, unitId?: string) => {
  const scope: DashboardScope = { noticeId }
  return call('dashboard', 'dashboard.view', { ...(unitId ? { unitId } : {}), scope })
}
