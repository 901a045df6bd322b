import type { Moderation } from '../domain/moderation/text-check'
import type { FeedbackKind, FeedbackRecipient, FeedbackStatus } from '../contract/feedback-api'

/**
 * One 投诉建议 as stored. `_id` is a hash of (sender, request id), so a retry
 * lands on the same document and the id tells a recipient nothing.
 * `senderId` and `senderUnitId` serve the sender's own list, the daily
 * budget and the access rule; they never leave the server towards a
 * recipient. `senderName` / `senderUnitName` are kept only for named items.
 */
export interface FeedbackDoc {
  _id: string
  kind: FeedbackKind
  to: FeedbackRecipient
  recipientUnitId: string
  recipientUnitName: string
  content: string
  anonymous: boolean
  senderId: string
  senderUnitId: string
  senderName: string | null
  senderUnitName: string | null
  status: FeedbackStatus
  createdAt: Date
  reply: { content: string; at: Date; byLabel: string } | null
  /** Content security (data/moderation) on `content` and on the reply; absent on items from before it. */
  moderation?: Moderation
  replyModeration?: Moderation
}
