/**
 * Content security's wire: the texts WeChat's check held (`review`) or could
 * not check, as the officer who decides sees them on the 工作台, and the
 * decision. Served by the notices function (whose 工作台 待处理 they join).
 */

/** Which stored human text a held item is. */
export type HeldKind = 'answers' | 'review_comment' | 'minutes' | 'makeup_reflection' | 'leave_reason' | 'leave_comment' | 'feedback' | 'feedback_reply'

export const HELD_KIND_LABELS: Record<HeldKind, string> = {
  answers: '讨论发言',
  review_comment: '批阅意见',
  minutes: '会议记录',
  makeup_reflection: '补学心得',
  leave_reason: '请假事由',
  leave_comment: '请假审批意见',
  feedback: '投诉建议',
  feedback_reply: '投诉建议的答复'
}

export interface HeldTextView {
  id: string
  kind: HeldKind
  /** Where it was written: the notice's or meeting's title, or the 投诉建议's kind. */
  context: string
  /** null for an anonymous 投诉建议. */
  authorName: string | null
  /** The text itself (the decider must read it to decide). */
  text: string
  /** held: WeChat said 需人工审核; unchecked: the check has not run yet (the timer retries). */
  status: 'held' | 'unchecked'
  heldAt: string
}

export type HeldDecision = 'release' | 'return'

export interface ModerationActions {
  /** The held texts the caller decides on (in their scope, never their own), oldest first, at most 50. */
  'held.list': { payload: Record<string, never>; result: { items: HeldTextView[]; truncated: boolean } }
  /** 释放 (others see it) or 退回 (only its author sees it, marked for rewriting). */
  'held.decide': { payload: { id: string; decision: HeldDecision }; result: { status: 'clear' | 'returned' } }
}
