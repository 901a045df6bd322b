import type { FeedbackKind, FeedbackRecipient, FeedbackStatus } from '@contract/feedback-api'

export const KIND_LABELS: Record<FeedbackKind, string> = { complaint: '投诉', suggestion: '建议' }
export const RECIPIENT_LABELS: Record<FeedbackRecipient, string> = { org_department: '党委组织部', general_branch: '党总支' }
export const STATUS_LABELS: Record<FeedbackStatus, string> = { open: '待处理', answered: '已答复' }

/** How old an open item is, in words: 今天 / N 天前. */
export function ageText(days: number): string {
  return days <= 0 ? '今天提交' : `已等待 ${days} 天`
}

/** A request id made once per item on this device: 8–64 of [A-Za-z0-9_-]. */
export function newRequestId(random: () => number = Math.random, at: number = Date.now()): string {
  let tail = ''
  for (let i = 0; i < 12; i++) tail += Math.floor(random() * 36).toString(36)
  return `fb-${at.toString(36)}-${tail}`
}
