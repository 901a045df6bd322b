import {
  FEEDBACK_FUNCTION,
  type FeedbackInbox,
  type FeedbackSendPayload,
  type FeedbackTargets,
  type InboxFeedbackItem,
  type MyFeedbackItem
} from '@contract/feedback-api'
import { callFunction } from '@/api'

/** One typed call per action of the `feedback` function. */

export function feedbackTargets(): Promise<FeedbackTargets> {
  return callFunction<FeedbackTargets>(FEEDBACK_FUNCTION, { action: 'feedback.targets', payload: {} })
}

/** Send one item; a retry must reuse `requestId`, so a lost answer never makes a second item. */
export function sendFeedback(payload: FeedbackSendPayload): Promise<MyFeedbackItem> {
  return callFunction<MyFeedbackItem>(FEEDBACK_FUNCTION, { action: 'feedback.send', payload })
}

export function myFeedback(): Promise<{ items: MyFeedbackItem[] }> {
  return callFunction<{ items: MyFeedbackItem[] }>(FEEDBACK_FUNCTION, { action: 'feedback.mine', payload: {} })
}

export function feedbackInbox(): Promise<FeedbackInbox> {
  return callFunction<FeedbackInbox>(FEEDBACK_FUNCTION, { action: 'feedback.inbox', payload: {} })
}

export function replyFeedback(payload: { id: string; content: string }): Promise<InboxFeedbackItem> {
  return callFunction<InboxFeedbackItem>(FEEDBACK_FUNCTION, { action: 'feedback.reply', payload })
}
