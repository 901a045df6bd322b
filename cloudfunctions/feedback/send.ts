import { moderate } from '../_shared/data/moderation/moderate'
import { SCENE } from '../_shared/domain/moderation/text-check'
import { FEEDBACK_KIND_LABEL } from './labels'
import { createHash } from 'node:crypto'
import { FEEDBACK_DAILY_LIMIT, type FeedbackSendPayload, type FeedbackTargets, type MyFeedbackItem } from '../_shared/contract/feedback-api'
import type { FeedbackDoc } from '../_shared/data/feedback-docs'
import { countSentSince, findFeedback, insertFeedback } from '../_shared/data/feedback/store'
import type { MemberDoc, UnitDoc } from '../_shared/data/org-docs'
import { findByIds } from '../_shared/data/read'
import { startOfNextLocalDay } from '../_shared/domain/calendar'
import { recipientUnit } from '../_shared/domain/feedback/access'
import { pathIds } from '../_shared/domain/org-path'
import { now } from '../_shared/runtime/clock'
import { AppErrorCode, AppFailure } from '../_shared/runtime/errors'
import { callingMember } from './caller'
import { mineView } from './views'

/** The units on the member's path, root first. */
async function unitsOnPath(member: MemberDoc): Promise<UnitDoc[]> {
  const ids = pathIds(member.unitPath)
  const units = await findByIds<UnitDoc>('units', ids)
  const byId = new Map(units.map((unit) => [unit._id, unit]))
  return ids.map((id) => byId.get(id)).filter((unit): unit is UnitDoc => Boolean(unit))
}

const startOfToday = (at: Date): Date => new Date(startOfNextLocalDay(at).getTime() - 86_400_000)

/** Where the caller may write, and how many items they have left today. */
export async function targets(): Promise<FeedbackTargets> {
  const member = await callingMember()
  const [path, sent] = await Promise.all([unitsOnPath(member), countSentSince(member._id, startOfToday(now()))])
  const out: FeedbackTargets['targets'] = []
  for (const to of ['org_department', 'general_branch'] as const) {
    const id = recipientUnit(
      to,
      path.map((unit) => ({ id: unit._id, type: unit.type }))
    )
    const unit = path.find((u) => u._id === id)
    if (unit) out.push({ to, unitName: unit.name })
  }
  return { targets: out, remainingToday: Math.max(0, FEEDBACK_DAILY_LIMIT - sent) }
}

/**
 * Sends one item. The id is a hash of (sender, requestId): a retry of the
 * same send finds its item and answers it again, without spending the
 * budget twice. An anonymous item keeps neither name nor unit name.
 */
export async function send(payload: FeedbackSendPayload): Promise<MyFeedbackItem> {
  const member = await callingMember()
  const id = createHash('sha256').update(`feedback:${member._id}:${payload.requestId}`).digest('hex').slice(0, 32)
  const existing = await findFeedback(id)
  if (existing) return mineView(existing)
  const at = now()
  const sent = await countSentSince(member._id, startOfToday(at))
  if (sent >= FEEDBACK_DAILY_LIMIT) throw new AppFailure('FEEDBACK_DAILY_LIMIT', `每人每天最多提交 ${FEEDBACK_DAILY_LIMIT} 条投诉建议，请明天再来`)
  const path = await unitsOnPath(member)
  const recipientId = recipientUnit(
    payload.to,
    path.map((unit) => ({ id: unit._id, type: unit.type }))
  )
  const recipient = path.find((unit) => unit._id === recipientId)
  if (!recipient) {
    if (payload.to === 'general_branch') throw new AppFailure('FEEDBACK_NO_GENERAL_BRANCH', '你所在的支部不属于党总支，请提交给组织部')
    throw new AppFailure(AppErrorCode.NOT_FOUND, '找不到组织部')
  }
  const home = path[path.length - 1]
  // Content security before anything is written: risky refuses; a held item goes to its recipient marked 待审核 (see held.ts).
  const moderation = await moderate(
    {
      kind: 'feedback',
      collection: 'feedback',
      docId: id,
      field: 'moderation',
      scene: SCENE.forum,
      author: { id: member._id, openid: member.openid ?? '', name: payload.anonymous ? null : member.name },
      audience: { kind: 'feedback', to: payload.to, recipientUnitId: recipient._id, senderId: member._id, senderUnitId: member.unitId },
      context: FEEDBACK_KIND_LABEL[payload.kind],
      label: '投诉建议内容'
    },
    [payload.content],
    null,
    at
  )
  const doc: FeedbackDoc = {
    _id: id,
    kind: payload.kind,
    to: payload.to,
    recipientUnitId: recipient._id,
    recipientUnitName: recipient.name,
    content: payload.content,
    anonymous: payload.anonymous,
    senderId: member._id,
    senderUnitId: member.unitId,
    senderName: payload.anonymous ? null : member.name,
    senderUnitName: payload.anonymous ? null : (home?.name ?? null),
    status: 'open',
    createdAt: at,
    reply: null,
    moderation
  }
  const inserted = await insertFeedback(doc)
  if (!inserted) {
    const raced = await findFeedback(id)
    if (raced) return mineView(raced)
  }
  return mineView(doc)
}
