import { call } from '../../api/call'

/** 投诉建议 as its recipient (组织部, 党总支书记) sees it; the function decides per item who may read it. */
export const feedbackInbox = () => call('feedback', 'feedback.inbox', {})
export const replyFeedback = (id: string, content: string) => call('feedback', 'feedback.reply', { id, content })
