import Taro from '@tarojs/taro'

/**
 * The one subscribe-message template for study notices (published, 催办,
 * reviewed). A placeholder until the mini-program's own template is
 * configured: the same id as the server's STUDY_TEMPLATE_ID.
 */
export const STUDY_TEMPLATE_ID = 'TEMPLATE_STUDY_NOTICE'

/**
 * Asks WeChat's consent for one study reminder. Must run inside a tap handler
 * (WeChat refuses it otherwise, and the product never asks unprompted).
 * Resolves with how many templates were accepted. On H5 there is no such
 * dialog, so the tap itself counts as consent.
 */
export async function askStudyReminder(): Promise<number> {
  if (process.env.TARO_ENV !== 'weapp') return 1
  try {
    // Resolves with one key per template id: 'accept' | 'reject' | 'ban' | 'filter'.
    const result = (await Taro.requestSubscribeMessage({ tmplIds: [STUDY_TEMPLATE_ID], entityIds: [] })) as unknown as Record<string, unknown>
    return result[STUDY_TEMPLATE_ID] === 'accept' ? 1 : 0
  } catch {
    // Turned off in WeChat's settings, or the template is not configured: no consent.
    return 0
  }
}

/** Remembered per device and notice, so the button turns into "已开启" instead of asking again. */
export function reminderAskedKey(noticeId: string): string {
  return `ps.reminderAsked.${noticeId}`
}
