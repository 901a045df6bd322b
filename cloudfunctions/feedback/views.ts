import { isVisibleToOthers, moderationLabel } from '../_shared/domain/moderation/text-check'
import type { InboxFeedbackItem, MyFeedbackItem } from '../_shared/contract/feedback-api'
import type { FeedbackDoc } from '../_shared/data/feedback-docs'
import { ageDays } from '../_shared/domain/feedback/access'

const at = (value: Date | string): Date => (value instanceof Date ? value : new Date(value))

function replyView(doc: FeedbackDoc): MyFeedbackItem['reply'] {
  return doc.reply ? { content: doc.reply.content, at: at(doc.reply.at).toISOString(), byLabel: doc.reply.byLabel } : null
}

/** The sender reads a reply content security holds only once it is released. */
function senderReplyView(doc: FeedbackDoc): MyFeedbackItem['reply'] {
  const reply = replyView(doc)
  return reply && !isVisibleToOthers(doc.replyModeration) ? { ...reply, content: '（答复审核中）' } : reply
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
    reply: senderReplyView(doc),
    moderation: moderationLabel(doc.moderation)
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
    reply: replyView(doc),
    moderation: moderationLabel(doc.moderation),
    replyModeration: moderationLabel(doc.replyModeration)
  }
}
