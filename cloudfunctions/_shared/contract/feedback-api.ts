/**
 * The `feedback` function: 投诉建议 (国办函〔2026〕12号). A member writes to the
 * 组织部 or to their 党总支, optionally without their name; the recipient
 * answers; the member sees the answer. Who may read an item is decided on
 * the server (domain/feedback/access.ts): never the sender's own branch.
 */
export const FEEDBACK_FUNCTION = 'feedback'

export type FeedbackKind = 'complaint' | 'suggestion'
export const FEEDBACK_KINDS: FeedbackKind[] = ['complaint', 'suggestion']
/** To the 组织部 of the committee, or to the 党总支 the sender's branch sits in. */
export type FeedbackRecipient = 'org_department' | 'general_branch'
export const FEEDBACK_RECIPIENTS: FeedbackRecipient[] = ['org_department', 'general_branch']
export type FeedbackStatus = 'open' | 'answered'

export const FEEDBACK_CONTENT_MAX = 1000
export const FEEDBACK_REPLY_MAX = 1000
/** Items one member may send per calendar day (Asia/Shanghai). */
export const FEEDBACK_DAILY_LIMIT = 5

export interface FeedbackActions {
  /** Where the caller can write: the 组织部, and their 党总支 if their branch has one. */
  'feedback.targets': { payload: Record<string, never>; result: FeedbackTargets }
  /** Sends one item; a retry with the same requestId answers the item already sent. */
  'feedback.send': { payload: FeedbackSendPayload; result: MyFeedbackItem }
  /** The caller's own items, newest first, with replies. */
  'feedback.mine': { payload: Record<string, never>; result: { items: MyFeedbackItem[] } }
  /** Open items addressed to the caller (组织部 or 党总支书记), oldest first; empty for anyone else. */
  'feedback.inbox': { payload: Record<string, never>; result: FeedbackInbox }
  /** Answers an open item addressed to the caller. */
  'feedback.reply': { payload: { id: string; content: string }; result: InboxFeedbackItem }
}

export type FeedbackAction = keyof FeedbackActions

export interface FeedbackTarget {
  to: FeedbackRecipient
  unitName: string
}

export interface FeedbackTargets {
  targets: FeedbackTarget[]
  /** How many more items the caller may send today. */
  remainingToday: number
}

export interface FeedbackSendPayload {
  /** Chosen by the client once per item (8–64 of [A-Za-z0-9_-]): a retry sends the same one. */
  requestId: string
  kind: FeedbackKind
  to: FeedbackRecipient
  content: string
  anonymous: boolean
}

export interface FeedbackReply {
  content: string
  at: string
  /** '组织部' or '党总支书记': the office, not the person. */
  byLabel: string
}

/** One item as its sender sees it. */
export interface MyFeedbackItem {
  id: string
  kind: FeedbackKind
  to: FeedbackRecipient
  toUnitName: string
  content: string
  anonymous: boolean
  status: FeedbackStatus
  createdAt: string
  reply: FeedbackReply | null
  /** Content security: 审核中 / 未通过审核，请修改 on the item, null when clear. */
  moderation?: string | null
}

/** One item as its recipient sees it: an anonymous item names nobody and no unit narrower than the 党总支. */
export interface InboxFeedbackItem {
  id: string
  kind: FeedbackKind
  to: FeedbackRecipient
  toUnitName: string
  content: string
  anonymous: boolean
  /** Null when anonymous. */
  sender: { name: string; unitName: string } | null
  status: FeedbackStatus
  createdAt: string
  /** Whole days since it was sent. */
  ageDays: number
  reply: FeedbackReply | null
  /** Content security: 审核中 when the item is held (the recipient decides: 工作台 → 待处理), null when clear. */
  moderation?: string | null
  replyModeration?: string | null
}

export interface FeedbackInbox {
  /** False when the caller receives no 投诉建议 (no 组织部 or 党总支书记 role). */
  isRecipient: boolean
  items: InboxFeedbackItem[]
}
