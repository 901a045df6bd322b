import type { NoticeSummary } from '../_shared/contract/notices-api'
import { guardCapability, loadUnit } from '../_shared/access/caller'
import { database } from '../_shared/data/client'
import type { NoticeDoc, NoticeUnitDoc } from '../_shared/data/notice-docs'
import { managedScopes } from '../_shared/domain/org/authorize'
import type { Caller } from '../_shared/domain/org/scope'
import { AppErrorCode, AppFailure } from '../_shared/runtime/errors'
import { summary } from './drafts'

/** For secretaries and the department: a unit's notices with its completion counters (drafts too, for the department). */
export async function listForManager(caller: Caller, payload: { unitId?: string; page: number; pageSize: number }): Promise<{ items: NoticeSummary[]; total: number }> {
  const scope = payload.unitId ?? managedScopes(caller).find((s) => s.capabilities.includes('notices.run'))?.unitId
  if (!scope) throw new AppFailure(AppErrorCode.FORBIDDEN, '你没有管理学习安排的职务')
  const unit = await loadUnit(scope)
  guardCapability(caller, 'notices.run', [unit.path])
  const db = database()
  const publishes = managedScopes(caller).some((s) => s.capabilities.includes('notices.publish') && s.unitPath === unit.path)
  const [{ data }, { total }, drafts] = await Promise.all([
    db.collection('noticeUnits').where({ unitId: unit._id }).orderBy('publishedAt', 'desc').skip((payload.page - 1) * payload.pageSize).limit(payload.pageSize).get(),
    db.collection('noticeUnits').where({ unitId: unit._id }).count(),
    publishes && payload.page === 1 ? db.collection('notices').where({ ownerPath: unit.path, status: 'draft' }).field({ materials: false, purpose: false, requirements: false }).limit(20).get() : Promise.resolve({ data: [] })
  ])
  const counters = data as NoticeUnitDoc[]
  const _ = db.command
  const notices = counters.length > 0 ? ((await db.collection('notices').where({ _id: _.in(counters.map((c) => c.noticeId)) }).field({ materials: false, purpose: false, requirements: false }).limit(counters.length).get()).data as NoticeDoc[]) : []
  const byId = new Map(notices.map((n) => [n._id, n]))
  const published = counters.flatMap((c) => {
    const notice = byId.get(c.noticeId)
    return notice ? [{ ...summary(notice), counters: { assigned: c.assigned, read: c.read, answered: c.answered } }] : []
  })
  return { items: [...(drafts.data as NoticeDoc[]).map(summary), ...published], total: total + drafts.data.length }
}
