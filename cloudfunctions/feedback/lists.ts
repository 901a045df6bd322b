import { moderate } from '../_shared/data/moderation/moderate'
import { SCENE } from '../_shared/domain/moderation/text-check'
import { FEEDBACK_KIND_LABEL } from './labels'
import { FEEDBACK_REPLY_MAX, type FeedbackInbox, type InboxFeedbackItem, type MyFeedbackItem } from '../_shared/contract/feedback-api'
import { answerFeedback, findFeedback, openFor, sentBy } from '../_shared/data/feedback/store'
import { mailboxesOf, mayReceive, RECIPIENT_LABEL, type ReaderRoles } from '../_shared/domain/feedback/access'
import { now } from '../_shared/runtime/clock'
import { AppErrorCode, AppFailure } from '../_shared/runtime/errors'
import { callingMember } from './caller'
import { inboxView, mineView } from './views'

const MINE_LIMIT = 50
const INBOX_LIMIT = 100

/** The caller's own items, newest first, with replies. */
export async function mine(): Promise<{ items: MyFeedbackItem[] }> {
  const member = await callingMember()
  return { items: (await sentBy(member._id, MINE_LIMIT)).map(mineView) }
}

/** Open items addressed to the caller's mailboxes, oldest first; each passes the access rule before it is shown. */
export async function inbox(): Promise<FeedbackInbox> {
  const member = await callingMember()
  const reader: ReaderRoles = { memberId: member._id, roles: member.roles }
  const mailboxes = mailboxesOf(reader)
  if (mailboxes.length === 0) return { isRecipient: false, items: [] }
  const at = now()
  const docs = (await Promise.all(mailboxes.map((box) => openFor(box.to, box.unitId, INBOX_LIMIT)))).flat()
  const items = docs
    // An item sent back (退回) by content security is its sender's to rewrite, not the recipient's to answer.
    .filter((doc) => mayReceive(reader, doc) && doc.moderation?.status !== 'returned')
    .sort((a, b) => new Date(a.createdAt).getTime() - new Date(b.createdAt).getTime())
    .map((doc) => inboxView(doc, at))
  return { isRecipient: true, items }
}

/** Answers an open item addressed to the caller; anyone else learns nothing (NOT_FOUND, as for a missing id). */
export async function reply({ id, content }: { id: string; content: string }): Promise<InboxFeedbackItem> {
  const member = await callingMember()
  const reader: ReaderRoles = { memberId: member._id, roles: member.roles }
  const doc = await findFeedback(id)
  if (!doc || !mayReceive(reader, doc)) throw new AppFailure(AppErrorCode.NOT_FOUND, '找不到这条投诉建议')
  // A reply content security holds may be rewritten (there may be no other recipient-side officer to release it).
  const replaceable = doc.replyModeration !== undefined && doc.replyModeration.status !== 'clear'
  if (doc.status === 'answered' && !replaceable) throw new AppFailure('FEEDBACK_ANSWERED', '这条投诉建议已经答复过了')
  if (content.length > FEEDBACK_REPLY_MAX) throw new AppFailure(AppErrorCode.INVALID_INPUT, `答复不超过 ${FEEDBACK_REPLY_MAX} 字`)
  const at = now()
  // Content security on the reply (the sender reads it): risky refuses, held reaches the sender once another recipient-side officer releases it.
  const replyModeration = await moderate(
    {
      kind: 'feedback_reply',
      collection: 'feedback',
      docId: doc._id,
      field: 'replyModeration',
      scene: SCENE.comment,
      author: { id: member._id, openid: member.openid ?? '', name: member.name },
      audience: { kind: 'feedback', to: doc.to, recipientUnitId: doc.recipientUnitId, senderId: doc.senderId, senderUnitId: doc.senderUnitId },
      context: FEEDBACK_KIND_LABEL[doc.kind],
      label: '答复'
    },
    [content],
    doc.replyModeration,
    at
  )
  const answer = { content, at, byLabel: RECIPIENT_LABEL[doc.to] }
  if (!(await answerFeedback(id, answer, replyModeration))) throw new AppFailure('FEEDBACK_ANSWERED', '这条投诉建议已经答复过了')
  return inboxView({ ...doc, status: 'answered', reply: answer, replyModeration }, answer.at)
}
