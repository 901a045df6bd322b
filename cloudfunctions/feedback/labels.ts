import type { FeedbackKind } from '../_shared/contract/feedback-api'

/** How a held item is named on its decider's list (never its sender). */
export const FEEDBACK_KIND_LABEL: Record<FeedbackKind, string> = { complaint: '投诉', suggestion: '建议' }
