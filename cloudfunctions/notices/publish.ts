import { guardCapability } from '../_shared/access/caller'
import { database } from '../_shared/data/client'
import type { NoticeUnitDoc } from '../_shared/data/notice-docs'
import type { UnitDoc } from '../_shared/data/org-docs'
import { prefix, readAll } from '../_shared/data/query'
import { ancestorIds, assignedBySubtree, noticeUnitId } from '../_shared/domain/notices/counters'
import type { Caller } from '../_shared/domain/org/scope'
import { now } from '../_shared/runtime/clock'
import { ensureBuckets, incBuckets, incBucketsBy } from '../_shared/data/stats'
import { periodKeys } from '../_shared/domain/dashboard/periods'
import { noticePeriodAt } from '../_shared/domain/notices/calendar'
import { AppErrorCode, AppFailure } from '../_shared/runtime/errors'
import { loadNotice } from './store'

const INSERT_BATCH = 500

/**
 * Publishes to the chosen units (default: the owner's whole tree). Cost grows
 * with branches, not members: one counter document per unit, `assigned` summed
 * from the units' own member counters, and no per-member document at all
 * (members' state is created on their first action). Safe to retry: counter
 * documents have deterministic ids and only missing ones are written.
 */
export async function publishNotice(caller: Caller, payload: { id: string; unitIds?: string[] }): Promise<{ branches: number; assigned: number }> {
  const notice = await loadNotice(payload.id)
  guardCapability(caller, 'notices.publish', [notice.ownerPath])
  if (notice.status === 'published') throw new AppFailure('ALREADY_PUBLISHED', '该期学习安排已发布')
  const db = database()
  const _ = db.command
  const tree = await readAll<UnitDoc>('units', { path: prefix(notice.ownerPath) })
  const byId = new Map(tree.map((unit) => [unit._id, unit]))
  const targets = (payload.unitIds ?? [ancestorIds(notice.ownerPath).pop() as string]).map((id) => {
    const unit = byId.get(id)
    if (!unit) throw new AppFailure(AppErrorCode.INVALID_INPUT, '只能发布到本党委下属的组织')
    return unit
  })
  // Every unit inside a target, and every unit above one (so each level's counters exist).
  const included = tree.filter((unit) => targets.some((t) => unit.path.startsWith(t.path) || t.path.startsWith(unit.path)))
  const assigned = assignedBySubtree(tree.filter((unit) => targets.some((t) => unit.path.startsWith(t.path))).map((u) => ({ id: u._id, path: u.path, memberCount: u.memberCount })))
  const at = now()
  const docs: NoticeUnitDoc[] = included.map((unit) => ({
    _id: noticeUnitId(notice._id, unit._id),
    noticeId: notice._id,
    unitId: unit._id,
    unitName: unit.name,
    unitType: unit.type,
    unitPath: unit.path,
    publishedAt: at,
    assigned: assigned.get(unit._id) ?? 0,
    read: 0,
    answered: 0,
    pushedAt: null,
    lastRemindDay: null,
    scheduleChange: null
  }))
  const existing = new Set((await readAll<{ _id: string }>('noticeUnits', { noticeId: notice._id }, { _id: true })).map((doc) => doc._id))
  const missing = docs.filter((doc) => !existing.has(doc._id))
  for (let i = 0; i < missing.length; i += INSERT_BATCH) await db.collection('noticeUnits').add(missing.slice(i, i + INSERT_BATCH))
  // The dashboard's period buckets: this notice's members and one more notice for every unit it reaches.
  const keys = periodKeys(noticePeriodAt(notice, at))
  await ensureBuckets(included, keys)
  await incBucketsBy(included.map((unit) => ({ unitId: unit._id, n: assigned.get(unit._id) ?? 0 })), keys, 'noticeAssigned')
  await incBuckets(included.map((unit) => unit._id), keys, { notices: 1 })
  await db.collection('notices').doc(notice._id).update({ status: 'published', publishedAt: at, updatedAt: at, targetUnitIds: _.set(targets.map((t) => t._id)) })
  const root = targets.reduce((sum, t) => sum + (assigned.get(t._id) ?? 0), 0)
  return { branches: included.filter((unit) => unit.type === 'branch').length, assigned: root }
}
