import { askConsent, STUDY_TEMPLATE_ID } from '@/lib/subscribe-consent'

export { STUDY_TEMPLATE_ID }

/**
 * Asks WeChat's consent for one study reminder (the study-notice template
 * only: WeChat counts consent per template), from a tap only. Resolves with
 * how many templates were accepted (0 or 1); on H5 the tap counts as consent.
 */
export async function askStudyReminder(): Promise<number> {
  return (await askConsent([STUDY_TEMPLATE_ID])).length
}

/** Remembered per device and notice, so the button turns into "已开启" instead of asking again. */
export function reminderAskedKey(noticeId: string): string {
  return `ps.reminderAsked.${noticeId}`
}
