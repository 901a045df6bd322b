import type { NoticeSummary } from '../_shared/contract/notices-api'
import { guardCapability } from '../_shared/access/caller'
import { loadUnit } from '../_shared/data/org/by-id'
import { draftsOf, noticesForList, noticeUnitsPage } from '../_shared/data/notices/notice-lists'
import { managedScopes } from '../_shared/domain/org/authorize'
import type { Caller } from '../_shared/domain/org/scope'
import { AppErrorCode, AppFailure } from '../_shared/runtime/errors'
import { noticeSummary } from './views'

/** For secretaries and the department: a unit's notices with its completion counters (drafts too, for the department). */
export async function listForManager(
  caller: Caller,
  payload: { unitId?: string; page: number; pageSize: number }
): Promise<{ items: NoticeSummary[]; total: number }> {
  const scope = payload.unitId ?? managedScopes(caller).find((s) => s.capabilities.includes('notices.run'))?.unitId
  if (!scope) throw new AppFailure(AppErrorCode.FORBIDDEN, '你没有管理学习安排的职务')
  const unit = await loadUnit(scope)
  guardCapability(caller, 'notices.run', [unit.path])
  const publishes = managedScopes(caller).some((s) => s.capabilities.includes('notices.publish') && s.unitPath === unit.path)
  const [{ docs: counters, total }, drafts] = await Promise.all([
    noticeUnitsPage([unit._id], payload.page, payload.pageSize),
    publishes && payload.page === 1 ? draftsOf(unit.path) : Promise.resolve([])
  ])
  const notices = counters.length > 0 ? await noticesForList(counters.map((c) => c.noticeId)) : []
  const byId = new Map(notices.map((n) => [n._id, n]))
  const published = counters.flatMap((c) => {
    const notice = byId.get(c.noticeId)
    return notice ? [{ ...noticeSummary(notice), counters: { assigned: c.assigned, read: c.read, answered: c.answered } }] : []
  })
  return { items: [...drafts.map(noticeSummary), ...published], total: total + drafts.length }
}
