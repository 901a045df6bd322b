import type { ApiErrorCode } from '@/api/errors'

/**
 * What to do next after a refused check-in: the server's message says what
 * happened, this says what the member can do about it.
 */
const HINTS: Partial<Record<ApiErrorCode, string>> = {
  CHECKIN_NOT_OPEN: '签到尚未开始，请在签到开放后重新扫码。',
  CHECKIN_CLOSED: '签到已结束。如确已参会，请联系主持人手动签到。',
  CHECKIN_INVALID_CODE: '二维码已过期或无效，请扫描主持人屏幕上最新的二维码。',
  NOT_INVITED: '你不在本次会议的参会范围内，如有疑问请联系支部书记。',
  NOT_FOUND: '会议不存在或已取消。'
}

export function checkinHint(code: ApiErrorCode): string {
  return HINTS[code] ?? ''
}
