import type { ApiErrorCode } from '@/api/errors'

/**
 * What to do next after a refused check-in: the server's message already says
 * what happened, so a hint says only what the member can do about it (never
 * the same sentence again).
 */
const HINTS: Partial<Record<ApiErrorCode, string>> = {
  CHECKIN_NOT_OPEN: '请在签到开放后重新扫码。',
  CHECKIN_CLOSED: '如确已参会，请联系主持人手动签到。',
  CHECKIN_INVALID_CODE: '请扫描主持人屏幕上最新的二维码。',
  NOT_INVITED: '如有疑问请联系支部书记。',
  NOT_FOUND: '请向主持人确认会议是否已取消。'
}

export function checkinHint(code: ApiErrorCode): string {
  return HINTS[code] ?? ''
}
