import type { NoticeDetail, NoticeSummary } from '../_shared/contract/notices-api'
import type { NoticeDoc, NoticeMemberDoc, NoticeUnitDoc } from '../_shared/data/notice-docs'
import type { MemberDoc } from '../_shared/data/org-docs'
import { grantConsentCredits } from '../_shared/data/messaging/consent-credits'
import { emptyMemberState } from '../_shared/data/notices/member-state'
import { memberStatesFor, noticesForList, noticeUnitsPage } from '../_shared/data/notices/notice-lists'
import { writeVersioned } from '../_shared/data/versioned'
import { noticeMemberId } from '../_shared/domain/notices/counters'
import { now } from '../_shared/runtime/clock'
import { markChanged } from '../_shared/domain/counting/counts'
import { noticeContribution } from '../_shared/domain/counting/lanes'
import { AppErrorCode, AppFailure } from '../_shared/runtime/errors'
import { noticeTitle } from '../_shared/domain/notices/message'
import { summary } from './drafts'
import { loadMemberState, loadNoticeUnit, loadPublished } from './store'

/** The notice was sent to the member's branch (or, for a 流动党员, where they take part). */
async function sentTo(member: MemberDoc, id: string): Promise<NoticeUnitDoc> {
  return loadNoticeUnit(id, member.unitId).catch((error: unknown) => {
    // A 流动党员 also takes part where they live: that branch's notices reach them (they still count at home).
    if (member.activityUnitId) return loadNoticeUnit(id, member.activityUnitId)
    throw error
  })
}

/** The notice as a member of `member`'s branch sees it; refused if it was not sent there. */
async function noticeFor(member: MemberDoc, id: string): Promise<{ notice: NoticeDoc; unit: NoticeUnitDoc }> {
  const [notice, unit] = await Promise.all([loadPublished(id), sentTo(member, id)])
  return { notice, unit }
}

/**
 * The notice and the member's own state. A state exists only once the member
 * acted on a notice sent to them, so only without one is the sending checked.
 */
async function noticeAndState(member: MemberDoc, id: string): Promise<{ notice: NoticeDoc; state: NoticeMemberDoc | null }> {
  const [notice, state] = await Promise.all([loadPublished(id), loadMemberState(id, member._id)])
  if (!state) await sentTo(member, id)
  return { notice, state }
}

function editable(notice: NoticeDoc, state: NoticeMemberDoc | null): boolean {
  if (state?.review?.status === 'accepted') return false
  return notice.answerDeadline === null || now().getTime() <= notice.answerDeadline.getTime()
}

export async function getNotice(member: MemberDoc, id: string): Promise<NoticeDetail> {
  const [{ notice, unit }, mine] = await Promise.all([noticeFor(member, id), loadMemberState(id, member._id)])
  const change = unit.scheduleChange
  return {
    id: notice._id,
    title: noticeTitle(notice),
    status: notice.status,
    publishedAt: notice.publishedAt?.toISOString() ?? null,
    year: notice.year,
    issueNo: notice.issueNo,
    compiledBy: notice.compiledBy,
    publishedOn: notice.publishedOn,
    schedule: notice.schedule,
    theme: notice.theme,
    purpose: notice.purpose,
    materials: notice.materials,
    discussion: notice.discussion,
    requirements: notice.requirements,
    answerDeadline: notice.answerDeadline?.toISOString() ?? null,
    scheduleChange: change ? { unitId: unit.unitId, unitName: unit.unitName, startAt: change.startAt.toISOString(), form: change.form, place: change.place, reportedAt: change.reportedAt.toISOString() } : null,
    mine: {
      readMaterials: mine?.readMaterials ?? [],
      answers: mine?.answers ?? null,
      submittedAt: mine?.submittedAt?.toISOString() ?? null,
      review: mine?.review ? { status: mine.review.status, comment: mine.review.comment } : null,
      editable: editable(notice, mine)
    }
  }
}

/** Marks the member's state changed for counting (the notice's lane moves the counters, once, later). */
const counting = (state: NoticeMemberDoc, existed: boolean) => {
  const { dirty, countedAs } = markChanged(state, existed, noticeContribution)
  return { dirty, countedAs }
}

/** A tap on a material: the read receipt. A double tap or a retry counts once. */
export async function readMaterial(member: MemberDoc, payload: { id: string; materialIndex: number }): Promise<{ firstRead: boolean }> {
  const { notice, state } = await noticeAndState(member, payload.id)
  if (payload.materialIndex >= notice.materials.length) throw new AppFailure(AppErrorCode.INVALID_INPUT, '没有这份学习材料')
  const { before, after } = await writeVersioned<NoticeMemberDoc>(
    'noticeMembers',
    noticeMemberId(notice._id, member._id),
    () => emptyMemberState(notice._id, member),
    (current, existed) => {
      if (current.readAt !== null && current.readMaterials.includes(payload.materialIndex)) return null
      const readMaterials = [...new Set([...current.readMaterials, payload.materialIndex])].sort((a, b) => a - b)
      return current.readAt === null ? { readMaterials, readAt: now(), ...counting(current, existed) } : { readMaterials }
    },
    state
  )
  return { firstRead: after !== null && before.readAt === null }
}

export async function submitAnswers(member: MemberDoc, payload: { id: string; answers: string[] }): Promise<{ submittedAt: string }> {
  const { notice, state } = await noticeAndState(member, payload.id)
  if (payload.answers.length !== notice.discussion.length) throw new AppFailure(AppErrorCode.INVALID_INPUT, `请回答全部 ${notice.discussion.length} 个讨论题`)
  const at = now()
  await writeVersioned<NoticeMemberDoc>(
    'noticeMembers',
    noticeMemberId(notice._id, member._id),
    () => emptyMemberState(notice._id, member),
    (current, existed) => {
      if (!editable(notice, current)) throw new AppFailure('ANSWER_CLOSED', current.review?.status === 'accepted' ? '回答已被支部批阅，不能再修改' : '已过提交截止时间')
      // A returned answer, once edited, waits for review again.
      const review = current.review?.status === 'returned' ? { ...current.review, status: 'pending' as const } : current.review
      return { answers: payload.answers, submittedAt: at, review, ...(current.submittedAt === null ? counting(current, existed) : {}) }
    },
    state
  )
  return { submittedAt: at.toISOString() }
}

/** After `requestSubscribeMessage` (only ever from a tap): each accepted template allows one message. */
export async function grantSubscription(member: MemberDoc, payload: { accepted: number }): Promise<{ credits: number }> {
  if (payload.accepted === 0) return { credits: 0 }
  return { credits: await grantConsentCredits(member._id, payload.accepted, now()) }
}

/** 首页: the notices sent to the member's branch (and, for a 流动党员, where they take part), newest first, with their own state. */
export async function listForMember(member: MemberDoc, page: number, pageSize: number): Promise<{ items: NoticeSummary[]; total: number }> {
  const unitIds = member.activityUnitId ? [member.unitId, member.activityUnitId] : [member.unitId]
  const { docs, total } = await noticeUnitsPage(unitIds, page, pageSize)
  // A notice sent to both of a 流动党员's branches is listed once.
  const ids = [...new Set(docs.map((doc) => doc.noticeId))]
  if (ids.length === 0) return { items: [], total }
  const [notices, states] = await Promise.all([noticesForList(ids), memberStatesFor(ids, member._id)])
  const byId = new Map(notices.map((n) => [n._id, n]))
  const stateOf = new Map(states.map((s) => [s.noticeId, s]))
  const items = ids.flatMap((id) => {
    const notice = byId.get(id)
    if (!notice) return []
    const state = stateOf.get(id)
    return [{ ...summary(notice), mine: { read: Boolean(state?.readAt), answered: Boolean(state?.submittedAt), review: state?.review?.status ?? null } }]
  })
  return { items, total }
}
