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
    .filter((doc) => mayReceive(reader, doc))
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
  if (doc.status === 'answered') throw new AppFailure('FEEDBACK_ANSWERED', '这条投诉建议已经答复过了')
  if (content.length > FEEDBACK_REPLY_MAX) throw new AppFailure(AppErrorCode.INVALID_INPUT, `答复不超过 ${FEEDBACK_REPLY_MAX} 字`)
  const answer = { content, at: now(), byLabel: RECIPIENT_LABEL[doc.to] }
  if (!(await answerFeedback(id, answer))) throw new AppFailure('FEEDBACK_ANSWERED', '这条投诉建议已经答复过了')
  return inboxView({ ...doc, status: 'answered', reply: answer }, answer.at)
}
