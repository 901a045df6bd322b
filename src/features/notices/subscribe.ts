import { STUDY_TEMPLATE_ID } from '@/lib/subscribe-consent'

export { STUDY_TEMPLATE_ID }

/** Remembered per device and notice, so the button turns into "已设置" instead of asking again. */
export function reminderAskedKey(noticeId: string): string {
  return `ps.reminderAsked.${noticeId}`
}
