import { moderationLabel, SCENE } from '../_shared/domain/moderation/text-check'
import { moderate, refuseRisky, type TextSlot } from '../_shared/data/moderation/moderate'
import { noticeMemberId } from '../_shared/domain/notices/counters'
import { NOTICE_DETAIL_PAGE, type MemberProgress, type NoticeCounters, type ScheduleChange, type Unreached } from '../_shared/contract/notices-api'
import { pathIds } from '../_shared/domain/org-path'
import { guardCapability } from '../_shared/access/caller'
import type { Capability } from '../_shared/contract/org'
import { authorizeCapability } from '../_shared/domain/org/authorize'
import { loadMember, loadUnit } from '../_shared/data/org/by-id'
import type { NoticeDoc, NoticeMemberDoc, NoticeUnitDoc } from '../_shared/data/notice-docs'
import { recordReview } from '../_shared/data/notices/answer-review'
import { activeMembersUnder, memberStatesUnder, noticeUnitsWithScheduleChange } from '../_shared/data/notices/branch-reads'
import { claimRemindDay, countScheduleChange, markPushed, releaseRemindDay, saveScheduleChange } from '../_shared/data/notices/branch-progress-writes'
import { reachableMemberIds } from '../_shared/data/notices/reachability'
import { groupText, studyDayPassed } from '../_shared/domain/notices/lifecycle'
import { claimNotification, releaseNotification } from '../_shared/data/notices/notification-claims'
import type { MemberDoc } from '../_shared/data/org-docs'
import { firstDate, noticePeriodAt, rescheduleAllowed, scheduledStart, RESCHEDULE_MIN_LEAD_HOURS } from '../_shared/domain/notices/calendar'
import { localDay, startOfNextLocalDay } from '../_shared/domain/calendar'
import { noticeTitle } from '../_shared/domain/notices/message'
import type { Caller } from '../_shared/domain/org/scope'
import { now } from '../_shared/runtime/clock'
import { incBuckets } from '../_shared/data/stats'
import { periodKeys } from '../_shared/domain/dashboard/periods'
import { AppErrorCode, AppFailure } from '../_shared/runtime/errors'
import { sendWithConsent } from './notify'
import { loadMemberState, loadNoticeUnit } from '../_shared/data/notices/notice-reads'
import { loadPublished } from './published'
import { scheduleChangeView } from './views'
import { countLane } from '../_shared/data/counting'
import { noticeContext, noticeLane } from '../_shared/data/lanes'

/** A branch's view of a published notice: the caller must run notices there, and it must have been sent there. */
export async function branchContext(caller: Caller, id: string, unitId: string) {
  const [notice, unit] = await Promise.all([loadPublished(id), loadUnit(unitId)])
  guardCapability(caller, 'notices.run', [unit.path])
  if (unit.type !== 'branch') throw new AppFailure(AppErrorCode.INVALID_INPUT, '请选择一个党支部')
  // The branch's figures are read now: count what its members just did first.
  await countLane(noticeLane, notice._id, noticeContext(notice))
  const counters = await loadNoticeUnit(id, unitId)
  return { notice, unit, counters }
}

const branchMembers = activeMembersUnder

async function branchStates(noticeId: string, path: string): Promise<Map<string, NoticeMemberDoc>> {
  const states = await memberStatesUnder(noticeId, path)
  return new Map(states.map((state) => [state.memberId, state]))
}

const content = (notice: { _id: string; year: number; issueNo: number; schedule: Array<{ date: string | null }> }) => ({
  noticeId: notice._id,
  title: noticeTitle(notice),
  date: firstDate(notice.schedule)
})

const shareLinkOf = (noticeId: string): string => `/${NOTICE_DETAIL_PAGE}?id=${noticeId}`

/** Who a message did not reach, alphabetically, with the text and the share card for the branch's WeChat group. */
function unreachedOf(notice: NoticeDoc, names: string[], kind: 'push' | 'remind'): Unreached {
  const sorted = [...names].sort((a, b) => a.localeCompare(b, 'zh-CN'))
  const shareLink = shareLinkOf(notice._id)
  return {
    names: sorted,
    shareLink,
    groupText: groupText({ title: noticeTitle(notice), date: firstDate(notice.schedule), names: sorted, link: shareLink, kind })
  }
}

/**
 * 推送: one subscribe message per consenting member per notice. Those it
 * cannot reach (not bound to WeChat, or no consent left) come back by name,
 * with a ready text and the share card for the branch's WeChat group.
 */
export async function pushToBranch(caller: Caller, payload: { id: string; unitId: string }) {
  const { notice, unit } = await branchContext(caller, payload.id, payload.unitId)
  // Published on purpose after its study day (allowPast), it is 往期学习: a push would announce it as new. Checked after
  // access, so a caller outside the branch learns nothing of the notice's dates.
  if (studyDayPassed(notice.schedule, now())) {
    throw new AppFailure('NOTICE_IN_PAST', `这期学习安排的学习日期（${firstDate(notice.schedule)}）已过，是往期学习，不再推送学习通知`)
  }
  const [members, states] = await Promise.all([branchMembers(unit.path), branchStates(notice._id, unit.path)])
  let sent = 0
  let noConsent = 0
  let alreadySent = 0
  const unreached: string[] = []
  for (const member of members) {
    if (states.get(member._id)?.notifiedAt) {
      alreadySent += 1
      continue
    }
    // Claim the budget first, so a double tap on 推送 cannot send twice.
    if (!(await claimNotification(notice._id, member, now()))) {
      alreadySent += 1
      continue
    }
    if (await sendWithConsent({ memberId: member._id, openId: member.openid }, 'published', content(notice))) sent += 1
    else {
      noConsent += 1
      unreached.push(member.name)
      await releaseNotification(notice._id, member._id)
    }
  }
  await markPushed(notice._id, unit._id, now())
  return { sent, noConsent, alreadySent, shareLink: shareLinkOf(notice._id), unreached: unreachedOf(notice, unreached, 'push') }
}

/** 调整时间: at least 12 hours before the scheduled start, with form and place; the department sees it at once. */
export async function reschedule(
  caller: Caller & { doc: MemberDoc },
  payload: { id: string; unitId: string; startAt: string; form: string; place: string }
): Promise<ScheduleChange> {
  const { notice, unit, counters } = await branchContext(caller, payload.id, payload.unitId)
  const first = firstDate(notice.schedule)
  if (!first) throw new AppFailure(AppErrorCode.INVALID_INPUT, '该学习安排没有具体日期')
  if (!rescheduleAllowed(now(), scheduledStart(first))) {
    throw new AppFailure('TOO_LATE', `调整时间须在原定开始前至少 ${RESCHEDULE_MIN_LEAD_HOURS} 小时报党委组织部`)
  }
  await refuseRisky(caller, SCENE.comment, [payload.form, payload.place], '活动方式或地点')
  const change = { startAt: new Date(payload.startAt), form: payload.form, place: payload.place, reportedAt: now(), reportedBy: caller.memberId }
  await saveScheduleChange(notice._id, unit._id, change)
  // A branch that moves the time is counted once per notice, however often it moves it again.
  if (!counters.scheduleChange) {
    await Promise.all([
      countScheduleChange(notice._id, unit.path),
      incBuckets(pathIds(unit.path), periodKeys(noticePeriodAt(notice, now())), { scheduleChanges: 1 })
    ])
  }
  return scheduleChangeView({ unitId: unit._id, unitName: unit.name }, change)
}

export async function listChanges(caller: Caller, id: string): Promise<ScheduleChange[]> {
  const notice = await loadPublished(id)
  guardCapability(caller, 'notices.run', [notice.ownerPath])
  const docs = await noticeUnitsWithScheduleChange(id)
  return docs.flatMap((doc) => (doc.scheduleChange ? [scheduleChangeView(doc, doc.scheduleChange)] : []))
}

const countersOf = (doc: NoticeUnitDoc): NoticeCounters => ({ assigned: doc.assigned, read: doc.read, answered: doc.answered })

/** Who has read and answered, alphabetically: a checklist, not a ranking. */
export async function progress(caller: Caller, payload: { id: string; unitId: string }): Promise<{ counters: NoticeCounters; members: MemberProgress[] }> {
  const { notice, unit, counters } = await branchContext(caller, payload.id, payload.unitId)
  const [members, states] = await Promise.all([branchMembers(unit.path), branchStates(notice._id, unit.path)])
  const reachable = await reachableMemberIds(members)
  const rows = members
    .map((member) => {
      const state = states.get(member._id)
      return {
        memberId: member._id,
        name: member.name,
        // Opening a material or answering means they opened the notice (a state from before 已查看 was recorded).
        viewed: Boolean(state?.viewedAt || state?.readAt || state?.submittedAt),
        read: Boolean(state?.readAt),
        answered: Boolean(state?.submittedAt),
        review: state?.review?.status ?? null,
        reachable: reachable.has(member._id)
      }
    })
    .sort((a, b) => a.name.localeCompare(b.name, 'zh-CN'))
  return { counters: countersOf(counters), members: rows }
}

/** Who may read and review a member's answers: whoever runs notices over the member's unit. */
export const REVIEW_CAPABILITY = 'notices.run' satisfies Capability

/** The same decision as the guard of `answers.get` / `answers.review`, without throwing: for listing what waits for review. */
export const mayReviewIn = (caller: Caller, unitPath: string): boolean => authorizeCapability(caller, REVIEW_CAPABILITY, [unitPath]).allowed

async function memberInScope(caller: Caller, memberId: string): Promise<MemberDoc> {
  const member = await loadMember(memberId)
  guardCapability(caller, REVIEW_CAPABILITY, [member.unitPath])
  return member
}

export async function getAnswers(caller: Caller, payload: { id: string; memberId: string }) {
  const [notice, member] = await Promise.all([loadPublished(payload.id), memberInScope(caller, payload.memberId)])
  const state = await loadMemberState(notice._id, member._id)
  if (!state?.submittedAt || !state.answers) throw new AppFailure(AppErrorCode.NOT_FOUND, '该党员尚未提交学习讨论')
  return {
    name: member.name,
    questions: notice.discussion,
    answers: state.answers,
    submittedAt: state.submittedAt.toISOString(),
    review: state.review ? { status: state.review.status, comment: state.review.comment } : null,
    moderation: moderationLabel(state.moderation)
  }
}

/** A secretary's comment on a member's answers: decided by another officer over the branch (组织委员, 党总支, 组织部), never its writer. */
function reviewCommentSlot(caller: Caller & { doc: MemberDoc }, member: MemberDoc, notice: NoticeDoc): TextSlot {
  return {
    kind: 'review_comment',
    collection: 'noticeMembers',
    docId: noticeMemberId(notice._id, member._id),
    field: 'review.moderation',
    scene: SCENE.comment,
    author: { id: caller.memberId, openid: caller.doc.openid ?? '', name: caller.name },
    audience: { kind: 'unit', capability: 'notices.run', unitPath: member.unitPath },
    context: `${noticeTitle(notice)} · ${member.name}`,
    label: '批阅意见'
  }
}

/** 已阅 / 退回修改: the member sees it on the notice, and is told by a message if they allowed one. */
export async function reviewAnswers(
  caller: Caller & { doc: MemberDoc },
  payload: { id: string; memberId: string; status: 'accepted' | 'returned'; comment?: string }
) {
  const [notice, member] = await Promise.all([loadPublished(payload.id), memberInScope(caller, payload.memberId)])
  const at = now()
  // The comment goes to the member: content security first (risky: nothing written; held: the member sees it once released).
  const previous = payload.comment ? (await loadMemberState(notice._id, member._id))?.review?.moderation : undefined
  const moderation = await moderate(reviewCommentSlot(caller, member, notice), [payload.comment], previous, at)
  const review = { status: payload.status, comment: payload.comment ?? null, by: caller.memberId, at, moderation }
  // Nothing is written unless the member has submitted (checked inside the transaction that writes the review).
  if (!(await recordReview(notice._id, member._id, review))) throw new AppFailure(AppErrorCode.NOT_FOUND, '该党员尚未提交学习讨论')
  const note = payload.status === 'accepted' ? '已阅' : '请修改'
  await sendWithConsent({ memberId: member._id, openId: member.openid }, 'reviewed', { ...content(notice), note })
  return { status: payload.status }
}

/**
 * 一键催办: only members who have not submitted, at most once a (Shanghai) day
 * per branch. The day is claimed before sending (a double tap sends once) and
 * given back when no message reached anyone: the names come back for the group.
 */
export async function remindBranch(caller: Caller, payload: { id: string; unitId: string }) {
  const { notice, unit, counters } = await branchContext(caller, payload.id, payload.unitId)
  const today = localDay(now())
  if (counters.lastRemindDay === today) throw new AppFailure('REMINDED_TODAY', '今天已催办过，明天再试')
  const claim = await claimRemindDay(notice._id, unit._id, today)
  if (!claim.claimed) throw new AppFailure('REMINDED_TODAY', '今天已催办过，明天再试')
  const [members, states] = await Promise.all([branchMembers(unit.path), branchStates(notice._id, unit.path)])
  let reminded = 0
  const unreached: string[] = []
  for (const member of members) {
    if (states.get(member._id)?.submittedAt) continue
    if (await sendWithConsent({ memberId: member._id, openId: member.openid }, 'remind', content(notice))) reminded += 1
    else unreached.push(member.name)
  }
  if (reminded === 0) await releaseRemindDay(notice._id, unit._id, claim.previous)
  return { reminded, nextAllowedAt: reminded > 0 ? startOfNextLocalDay(now()).toISOString() : null, unreached: unreachedOf(notice, unreached, 'remind') }
}
