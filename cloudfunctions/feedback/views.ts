import type { InboxFeedbackItem, MyFeedbackItem } from '../_shared/contract/feedback-api'
import type { FeedbackDoc } from '../_shared/data/feedback/store'
import { ageDays } from '../_shared/domain/feedback/access'

const at = (value: Date | string): Date => (value instanceof Date ? value : new Date(value))

function replyView(doc: FeedbackDoc): MyFeedbackItem['reply'] {
  return doc.reply ? { content: doc.reply.content, at: at(doc.reply.at).toISOString(), byLabel: doc.reply.byLabel } : null
}

/** The sender's view of their own item. */
export function mineView(doc: FeedbackDoc): MyFeedbackItem {
  return {
    id: doc._id,
    kind: doc.kind,
    to: doc.to,
    toUnitName: doc.recipientUnitName,
    content: doc.content,
    anonymous: doc.anonymous,
    status: doc.status,
    createdAt: at(doc.createdAt).toISOString(),
    reply: replyView(doc)
  }
}

/** The recipient's view: field by field, so nothing identifying an anonymous sender is ever copied. */
export function inboxView(doc: FeedbackDoc, now: Date): InboxFeedbackItem {
  return {
    id: doc._id,
    kind: doc.kind,
    to: doc.to,
    toUnitName: doc.recipientUnitName,
    content: doc.content,
    anonymous: doc.anonymous,
    sender: doc.anonymous || !doc.senderName ? null : { name: doc.senderName, unitName: doc.senderUnitName ?? '' },
    status: doc.status,
    createdAt: at(doc.createdAt).toISOString(),
    ageDays: ageDays(at(doc.createdAt), now),
    reply: replyView(doc)
  }
}
