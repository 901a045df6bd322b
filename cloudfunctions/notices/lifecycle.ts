import type { MemberDoc } from '../_shared/data/org-docs'
import { refuseRisky } from '../_shared/data/moderation/moderate'
import { SCENE } from '../_shared/domain/moderation/text-check'
import type { NoticeCorrection } from '../_shared/contract/notices-api'
import { guardCapability } from '../_shared/access/caller'
import { applyOnce, clearMarkers, holdingLane, LaneBusy } from '../_shared/data/counting'
import { noticeLane } from '../_shared/data/lanes'
import type { NoticeDoc } from '../_shared/data/notice-docs'
import { memberStatesOf } from '../_shared/data/notices/branch-reads'
import {
  claimWithdrawalMessage,
  finishWithdrawal,
  hasDirtyStates,
  membersByIds,
  noticeUnitsOf,
  removeNoticeUnits,
  saveCorrection,
  saveWithdrawalReversal,
  startWithdrawal
} from '../_shared/data/notices/lifecycle-writes'
import { changeMemberState } from '../_shared/data/notices/member-state-writes'
import { loadNotice } from '../_shared/data/notices/notice-reads'
import { markChanged, planIncrements, type IncrementGroup } from '../_shared/domain/counting/counts'
import { noticeContribution } from '../_shared/domain/counting/lanes'
import { allKeys, bucketId, periodKeys } from '../_shared/domain/dashboard/periods'
import { firstDate, noticePeriodAt } from '../_shared/domain/notices/calendar'
import { correctionChanges, withdrawAllowed } from '../_shared/domain/notices/lifecycle'
import { noticeTitle } from '../_shared/domain/notices/message'
import type { Caller } from '../_shared/domain/org/scope'
import { now } from '../_shared/runtime/clock'
import { AppErrorCode, AppFailure } from '../_shared/runtime/errors'
import { sendWithConsent } from './notify'
import { loadPublished } from './published'

/**
 * 更正: typos in the theme, a material or a question of a published notice.
 * Answers are kept (the questions keep their number); members see "已更正"
 * with the date. A retry with the same texts gets the same answer.
 */
export async function correctNotice(
  caller: Caller & { doc: MemberDoc },
  payload: { id: string; correction: NoticeCorrection }
): Promise<{ correctedAt: string; changed: string[] }> {
  const found = await loadNotice(payload.id)
  guardCapability(caller, 'notices.publish', [found.ownerPath])
  const notice = await loadPublished(payload.id)
  const decided = correctionChanges(notice, payload.correction)
  if ('refused' in decided) {
    // The same correction again (a retry, a double tap): already done.
    if (notice.correction && sameTexts(notice, payload.correction)) {
      return { correctedAt: notice.correction.at.toISOString(), changed: notice.correction.changed }
    }
    throw new AppFailure(AppErrorCode.INVALID_INPUT, decided.refused)
  }
  // Content security on the corrected texts members will read (risky refuses; nothing written).
  await refuseRisky(
    caller,
    SCENE.forum,
    [payload.correction.theme, ...payload.correction.materials.flatMap((m) => [m.title, m.fullText]), ...payload.correction.discussion],
    '更正内容'
  )
  const at = now()
  const materials = notice.materials.map((material, index) => ({
    ...material,
    title: payload.correction.materials[index].title,
    fullText: payload.correction.materials[index].fullText
  }))
  await saveCorrection(
    notice._id,
    { theme: payload.correction.theme, materials, discussion: payload.correction.discussion },
    {
      at,
      by: caller.memberId,
      changed: decided.changed
    }
  )
  return { correctedAt: at.toISOString(), changed: decided.changed }
}

const sameTexts = (notice: NoticeDoc, correction: NoticeCorrection): boolean =>
  notice.theme === correction.theme &&
  notice.discussion.length === correction.discussion.length &&
  notice.discussion.every((q, i) => q === correction.discussion[i]) &&
  notice.materials.length === correction.materials.length &&
  notice.materials.every((m, i) => m.title === correction.materials[i].title && (m.fullText ?? null) === (correction.materials[i].fullText ?? null))

/**
 * 撤回, by the 组织部, until the study day. A resumable job:
 * 1. the notice becomes `withdrawn` (nobody can act on it any more);
 * 2. members a message reached about it are told, once each;
 * 3. what members had done is kept aside and no longer counted: their states
 *    are marked changed and the notice's lane counts them down, like every change;
 * 4. on the lane, once nothing is left to count: the publish's amounts are
 *    taken back from the period buckets once (marker `withdraw-<id>`), the
 *    (notice, unit) documents removed, the job marked done, the markers cleared.
 * A retry (or a second tap) continues where the first stopped.
 */
export async function withdrawNotice(
  caller: Caller & { doc: MemberDoc },
  payload: { id: string; reason: string }
): Promise<{ withdrawnAt: string; told: number }> {
  const notice = await loadNotice(payload.id)
  guardCapability(caller, 'notices.publish', [notice.ownerPath])
  if (notice.status === 'draft') throw new AppFailure(AppErrorCode.INVALID_INPUT, '草稿尚未发布，无需撤回')
  if (!notice.withdrawal && !withdrawAllowed(notice.schedule, now())) {
    throw new AppFailure('WITHDRAW_TOO_LATE', `学习日（${firstDate(notice.schedule)}）已到，不能再撤回；如有错字请用“更正”`)
  }
  if (!notice.withdrawal) await refuseRisky(caller, SCENE.comment, [payload.reason], '撤回原因')
  const withdrawal = notice.withdrawal ?? (await startWithdrawal(notice._id, { at: now(), by: caller.memberId, reason: payload.reason, phase: 'clearing' }))
  if (!withdrawal) throw new AppFailure(AppErrorCode.INVALID_INPUT, '该期学习安排未发布，无需撤回')
  if (withdrawal.phase === 'done') {
    if (withdrawal.reversal) await clearMarkers(markerOf(notice._id), reversalGroups(notice, withdrawal.reversal))
    return { withdrawnAt: withdrawal.at.toISOString(), told: 0 }
  }
  const states = await memberStatesOf(notice._id)
  const told = await tellThoseReached(notice, states)
  await clearCountedStates(notice._id, states)
  try {
    await holdingLane(noticeLane, notice._id, () => takeBackPublish(notice))
  } catch (error) {
    // The withdrawal holds (nobody can act on the notice); the counters finish on the next tap of 撤回.
    if (!(error instanceof LaneBusy)) throw error
  }
  return { withdrawnAt: withdrawal.at.toISOString(), told }
}

async function tellThoseReached(notice: NoticeDoc, states: Awaited<ReturnType<typeof memberStatesOf>>): Promise<number> {
  const reached = states.filter((state) => state.notifiedAt && !state.withdrawalToldAt)
  const members = new Map((await membersByIds(reached.map((state) => state.memberId))).map((member) => [member._id, member]))
  let told = 0
  for (const state of reached) {
    if (!(await claimWithdrawalMessage(notice._id, state.memberId, now()))) continue
    const content = { noticeId: notice._id, title: noticeTitle(notice), date: firstDate(notice.schedule) }
    if (await sendWithConsent({ memberId: state.memberId, openId: members.get(state.memberId)?.openid }, 'withdrawn', content)) told += 1
  }
  return told
}

async function clearCountedStates(noticeId: string, states: Awaited<ReturnType<typeof memberStatesOf>>): Promise<void> {
  for (const state of states.filter((s) => s.readAt || s.submittedAt)) {
    const member = { _id: state.memberId, name: state.memberName, unitId: state.unitId, unitPath: state.unitPath }
    await changeMemberState(
      noticeId,
      member,
      (current, existed) => {
        if (!current.readAt && !current.submittedAt) return null
        return {
          beforeWithdrawal: { readAt: current.readAt, submittedAt: current.submittedAt },
          readAt: null,
          submittedAt: null,
          ...markChanged(current, existed, noticeContribution)
        }
      },
      state
    )
  }
}

const markerOf = (noticeId: string): string => `withdraw-${noticeId}`

function reversalGroups(notice: NoticeDoc, reversal: NonNullable<NonNullable<NoticeDoc['withdrawal']>['reversal']>): IncrementGroup[] {
  const at = notice.publishedAt ?? notice.updatedAt
  const keys = allKeys(periodKeys(noticePeriodAt({ schedule: notice.schedule, publishedAt: at }, at)))
  return planIncrements(
    reversal.flatMap((unit) =>
      keys.map((period) => ({
        collection: 'unitStats' as const,
        id: bucketId(unit.unitId, period),
        delta: { notices: -1, noticeAssigned: -unit.assigned, ...(unit.scheduleChanges ? { scheduleChanges: -unit.scheduleChanges } : {}) }
      }))
    )
  )
}

/** On the lane, after what members had done was counted down: the publish's own amounts, once. */
async function takeBackPublish(notice: NoticeDoc): Promise<void> {
  if (await hasDirtyStates(notice._id)) return // counted by the sweep first; the next tap of 撤回 finishes
  const current = await loadNotice(notice._id)
  if (current.withdrawal?.phase === 'done') return
  const reversal =
    current.withdrawal?.reversal ??
    (await (async () => {
      const units = await noticeUnitsOf(notice._id)
      const plan = units.map((unit) => ({ unitId: unit.unitId, assigned: unit.assigned, scheduleChanges: unit.scheduleChanges ?? 0 }))
      await saveWithdrawalReversal(notice._id, plan)
      return plan
    })())
  const groups = reversalGroups(current, reversal)
  await applyOnce(markerOf(notice._id), groups)
  await removeNoticeUnits(notice._id)
  await finishWithdrawal(notice._id)
  await clearMarkers(markerOf(notice._id), groups)
}
