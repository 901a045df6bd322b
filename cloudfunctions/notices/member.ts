import type { NoticeDetail, NoticeSummary, SubscribeAnswer } from '../_shared/contract/notices-api'
import type { NoticeDoc, NoticeMemberDoc, NoticeUnitDoc } from '../_shared/data/notice-docs'
import type { MemberDoc } from '../_shared/data/org-docs'
import { grantConsentCredits } from '../_shared/data/messaging/consent-credits'
import { changeMemberState } from '../_shared/data/notices/member-state-writes'
import { loadMemberState, loadNoticeUnit } from '../_shared/data/notices/notice-reads'
import { memberStatesFor, noticesForList, noticeUnitsPage } from '../_shared/data/notices/notice-lists'
import { answersClosedMessage, answersEditable, withMaterialRead } from '../_shared/domain/notices/answers'
import { keysOfTemplate } from '../_shared/domain/messaging/templates'
import { moderate, settleHeld, type TextSlot } from '../_shared/data/moderation/moderate'
import { noticeMemberId } from '../_shared/domain/notices/counters'
import { noticeTitle } from '../_shared/domain/notices/message'
import { moderationLabel, SCENE } from '../_shared/domain/moderation/text-check'
import { now } from '../_shared/runtime/clock'
import { markChanged } from '../_shared/domain/counting/counts'
import { noticeContribution } from '../_shared/domain/counting/lanes'
import { AppErrorCode, AppFailure } from '../_shared/runtime/errors'
import { loadPublished } from './published'
import { noticeDetail, noticeSummary } from './views'

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

const editable = (notice: NoticeDoc, state: NoticeMemberDoc | null): boolean => answersEditable(notice.answerDeadline, state?.review?.status, now())

export async function getNotice(member: MemberDoc, id: string): Promise<NoticeDetail> {
  const [{ notice, unit }, mine] = await Promise.all([noticeFor(member, id), loadMemberState(id, member._id)])
  return noticeDetail(notice, unit, mine, editable(notice, mine))
}

/** Marks the member's state changed for counting (the notice's lane moves the counters, once, later). */
const counting = (state: NoticeMemberDoc, existed: boolean) => {
  const { dirty, countedAs } = markChanged(state, existed, noticeContribution)
  return { dirty, countedAs }
}

/** 已查看: the member opened the notice. Recorded once (a retry or a second visit writes nothing); never counted, never a duration. */
export async function viewNotice(member: MemberDoc, payload: { id: string }): Promise<{ firstView: boolean }> {
  const { state } = await noticeAndState(member, payload.id)
  if (state?.viewedAt) return { firstView: false }
  const { before, after } = await changeMemberState(payload.id, member, (current) => (current.viewedAt ? null : { viewedAt: now() }), state)
  return { firstView: after !== null && !before.viewedAt }
}

/** A tap on a material: the read receipt. A double tap or a retry counts once. */
export async function readMaterial(member: MemberDoc, payload: { id: string; materialIndex: number }): Promise<{ firstRead: boolean }> {
  const { notice, state } = await noticeAndState(member, payload.id)
  if (payload.materialIndex >= notice.materials.length) throw new AppFailure(AppErrorCode.INVALID_INPUT, '没有这份学习材料')
  const { before, after } = await changeMemberState(
    notice._id,
    member,
    (current, existed) => {
      if (current.readAt !== null && current.readMaterials.includes(payload.materialIndex)) return null
      const readMaterials = withMaterialRead(current.readMaterials, payload.materialIndex)
      return current.readAt === null ? { readMaterials, readAt: now(), ...counting(current, existed) } : { readMaterials }
    },
    state
  )
  return { firstRead: after !== null && before.readAt === null }
}

/** A member's discussion answers: 论坛-like posts, decided by whoever runs notices over their branch. */
function answersSlot(member: MemberDoc, noticeId: string, title: string): TextSlot {
  return {
    kind: 'answers',
    collection: 'noticeMembers',
    docId: noticeMemberId(noticeId, member._id),
    field: 'moderation',
    scene: SCENE.forum,
    author: { id: member._id, openid: member.openid ?? '', name: member.name },
    audience: { kind: 'unit', capability: 'notices.run', unitPath: member.unitPath },
    context: title,
    label: '讨论发言'
  }
}

export async function submitAnswers(
  member: MemberDoc,
  payload: { id: string; answers: string[] }
): Promise<{ submittedAt: string; moderation: string | null }> {
  const { notice, state } = await noticeAndState(member, payload.id)
  if (payload.answers.length !== notice.discussion.length) throw new AppFailure(AppErrorCode.INVALID_INPUT, `请回答全部 ${notice.discussion.length} 个讨论题`)
  const at = now()
  if (state && !editable(notice, state)) throw new AppFailure('ANSWER_CLOSED', answersClosedMessage(state.review?.status))
  // Content security before anything is written: risky refuses, held answers are stored for the author and the secretary only.
  const slot = answersSlot(member, notice._id, noticeTitle(notice))
  const moderation = await moderate(slot, payload.answers, state?.moderation, at)
  await changeMemberState(
    notice._id,
    member,
    (current, existed) => {
      if (!editable(notice, current)) throw new AppFailure('ANSWER_CLOSED', answersClosedMessage(current.review?.status))
      // A returned answer, once edited, waits for review again.
      const review = current.review?.status === 'returned' ? { ...current.review, status: 'pending' as const } : current.review
      return { answers: payload.answers, submittedAt: at, review, moderation, ...(current.submittedAt === null ? counting(current, existed) : {}) }
    },
    state
  )
  await settleHeld(slot, state?.moderation, moderation)
  return { submittedAt: at.toISOString(), moderation: moderationLabel(moderation) }
}

/**
 * After `requestSubscribeMessage` (only ever from a tap): each accepted template allows one message of that template
 * (the schema lets through declared templates only, at most 3, as WeChat asks at most 3 at once).
 */
export async function grantSubscription(
  member: MemberDoc,
  payload: { results: Record<string, SubscribeAnswer> }
): Promise<{ credits: Record<string, number> }> {
  const accepted = Object.entries(payload.results)
    .filter(([templateId, answer]) => answer === 'accept' && keysOfTemplate(templateId) !== null)
    .map(([templateId]) => templateId)
  if (accepted.length === 0) return { credits: {} }
  return { credits: await grantConsentCredits(member._id, accepted, now()) }
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
    return [
      {
        ...noticeSummary(notice),
        mine: {
          viewed: Boolean(state?.viewedAt || state?.readAt || state?.submittedAt),
          read: Boolean(state?.readAt),
          answered: Boolean(state?.submittedAt),
          review: state?.review?.status ?? null
        }
      }
    ]
  })
  return { items, total }
}
