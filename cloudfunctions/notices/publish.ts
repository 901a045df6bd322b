import type { MemberDoc } from '../_shared/data/org-docs'
import { refuseRisky } from '../_shared/data/moderation/moderate'
import { SCENE } from '../_shared/domain/moderation/text-check'
import { guardCapability } from '../_shared/access/caller'
import { pathIds } from '../_shared/domain/org-path'
import { applyOnce, clearMarkers, holdingLane, LaneBusy } from '../_shared/data/counting'
import { noticeLane } from '../_shared/data/lanes'
import type { NoticeDoc, NoticeUnitDoc } from '../_shared/data/notice-docs'
import { writeNoticeUnits } from '../_shared/data/notices/notice-units'
import { unitsUnder } from '../_shared/data/org/units'
import { ensureBuckets } from '../_shared/data/stats'
import { markPublished, savePublishPlan } from '../_shared/data/notice-writes'
import { planIncrements } from '../_shared/domain/counting/counts'
import { allKeys, bucketId, periodKeys } from '../_shared/domain/dashboard/periods'
import { firstDate, noticePeriodAt } from '../_shared/domain/notices/calendar'
import { studyDayPassed } from '../_shared/domain/notices/lifecycle'
import { assignedBySubtree, noticeUnitId } from '../_shared/domain/notices/counters'
import type { Caller } from '../_shared/domain/org/scope'
import { now } from '../_shared/runtime/clock'
import { AppErrorCode, AppFailure } from '../_shared/runtime/errors'
import { loadNotice } from '../_shared/data/notices/notice-reads'

export interface PublishResult {
  branches: number
  assigned: number
}

/** What a publish will write, decided once and kept on the notice, so a retry finishes the same job. */
type PublishPlan = NonNullable<NoticeDoc['publishing']>

/**
 * Publishes to the chosen units (default: the owner's whole tree). Cost grows
 * with branches, not members: one counter document per unit, `assigned`
 * summed from the units' own member counters, no per-member document.
 *
 * A resumable job on the notice's counting lane: one caller at a time; the
 * plan is saved on the notice first; counter documents are created only when
 * missing; the period buckets take the notice's amounts once (marked with
 * the notice's id); the status flips last. A retry after a crash continues
 * the saved plan; a second tap waits for the first and gets the same answer.
 */
export async function publishNotice(
  caller: Caller & { doc: MemberDoc },
  payload: { id: string; unitIds?: string[]; allowPast?: boolean }
): Promise<PublishResult> {
  const notice = await loadNotice(payload.id)
  guardCapability(caller, 'notices.publish', [notice.ownerPath])
  if (notice.status === 'withdrawn') throw new AppFailure('NOTICE_WITHDRAWN', '该期学习安排已撤回，不能再发布')
  if (notice.status === 'published') return publishedResult(notice)
  // A notice whose study day has passed reaches members as 往期: only on purpose (the 组织部 was told and confirmed).
  if (!notice.publishing && !payload.allowPast && studyDayPassed(notice.schedule, now())) {
    throw new AppFailure(
      'NOTICE_IN_PAST',
      `这期学习安排的学习日期（${firstDate(notice.schedule)}）已过：发布后党员只能作为往期学习查看。确认仍要发布，请勾选“仍然发布”`
    )
  }
  // Content security on everything members will read, once (a resumed publish has its plan already).
  if (!notice.publishing) {
    await refuseRisky(
      caller,
      SCENE.forum,
      [notice.theme, notice.purpose, ...notice.materials.flatMap((m) => [m.title, m.fullText]), ...notice.discussion, ...notice.requirements],
      '学习安排内容'
    )
  }
  try {
    return await holdingLane(noticeLane, notice._id, async () => {
      const current = await loadNotice(payload.id)
      if (current.status === 'published') return publishedResult(current)
      const plan = current.publishing ?? (await savePlan(current, payload.unitIds))
      await runPlan(current, plan)
      return plan.result
    })
  } catch (error) {
    if (error instanceof LaneBusy) throw new AppFailure('PUBLISH_IN_PROGRESS', '这期学习安排正在发布，请稍后刷新查看')
    throw error
  }
}

function publishedResult(notice: NoticeDoc): PublishResult {
  if (notice.publishing) return notice.publishing.result
  throw new AppFailure('ALREADY_PUBLISHED', '该期学习安排已发布')
}

async function savePlan(notice: NoticeDoc, unitIds: string[] | undefined): Promise<PublishPlan> {
  const tree = await unitsUnder(notice.ownerPath)
  const byId = new Map(tree.map((unit) => [unit._id, unit]))
  const targets = (unitIds ?? [pathIds(notice.ownerPath).pop() as string]).map((id) => {
    const unit = byId.get(id)
    if (!unit) throw new AppFailure(AppErrorCode.INVALID_INPUT, '只能发布到本党委下属的组织')
    return unit
  })
  // Every unit inside a target, and every unit above one (so each level's counters exist).
  const included = tree.filter((unit) => targets.some((t) => unit.path.startsWith(t.path) || t.path.startsWith(unit.path)))
  const assigned = assignedBySubtree(
    tree.filter((unit) => targets.some((t) => unit.path.startsWith(t.path))).map((u) => ({ id: u._id, path: u.path, memberCount: u.memberCount }))
  )
  const plan: PublishPlan = {
    at: now(),
    targetUnitIds: targets.map((t) => t._id),
    units: included.map((unit) => ({ _id: unit._id, name: unit.name, type: unit.type, path: unit.path, assigned: assigned.get(unit._id) ?? 0 })),
    result: { branches: included.filter((unit) => unit.type === 'branch').length, assigned: targets.reduce((sum, t) => sum + (assigned.get(t._id) ?? 0), 0) }
  }
  await savePublishPlan(notice._id, plan)
  return plan
}

async function runPlan(notice: NoticeDoc, plan: PublishPlan): Promise<void> {
  const docs: NoticeUnitDoc[] = plan.units.map((unit) => ({
    _id: noticeUnitId(notice._id, unit._id),
    noticeId: notice._id,
    unitId: unit._id,
    unitName: unit.name,
    unitType: unit.type,
    unitPath: unit.path,
    publishedAt: plan.at,
    assigned: unit.assigned,
    read: 0,
    answered: 0,
    pushedAt: null,
    lastRemindDay: null,
    scheduleChange: null
  }))
  // Some may have been written by an attempt that died: those are skipped.
  await writeNoticeUnits(notice._id, docs)
  // The dashboard's period buckets: this notice's members and one more notice for every unit it reaches, once.
  const keys = periodKeys(noticePeriodAt({ schedule: notice.schedule, publishedAt: plan.at }, plan.at))
  await ensureBuckets(plan.units, keys)
  const groups = planIncrements(
    plan.units.flatMap((unit) =>
      allKeys(keys).map((period) => ({
        collection: 'unitStats' as const,
        id: bucketId(unit._id, period),
        delta: { notices: 1, noticeAssigned: unit.assigned }
      }))
    )
  )
  const marker = `publish-${notice._id}`
  await applyOnce(marker, groups)
  await markPublished(notice._id, plan.at, plan.targetUnitIds)
  await clearMarkers(marker, groups)
}
