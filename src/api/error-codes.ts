import type { ErrorCode } from '@contract/error-codes'

/**
 * Codes the mini-program makes up itself, for failures that never reached a
 * function or that it finds before calling one (a file too large, a form
 * with gaps). The functions' own codes are the contract's.
 */
export const CLIENT_ERROR_CODES = [
  'UNKNOWN', // something thrown that was not an ApiError (a bug, a platform error)
  'BAD_RESPONSE', // the function answered something that is not a Result
  'NETWORK',
  'CALL_FAILED', // wx.cloud refused the call (not deployed, timeout, offline)
  'NO_TRANSPORT',
  'UNSUPPORTED', // the platform cannot pick or save files
  'BAD_FILE',
  'FILE_TOO_LARGE',
  'READ_FAILED',
  'PICK_FAILED',
  'WRITE_FAILED',
  'OPEN_FAILED',
  'PRIVACY_DECLINED' // the user did not agree to the 用户隐私保护指引 (src/lib/privacy.ts), so the action did not run
] as const

/**
 * What CloudBase (and the emulator's gateway in H5) answer when the call
 * itself fails, before or instead of the function's Result.
 */
export const PLATFORM_ERROR_CODES = [
  'FUNCTIONS_NOT_EXIST',
  'FUNCTIONS_EXECUTE_FAIL',
  'FUNCTIONS_TIME_LIMIT_EXCEEDED',
  'INVALID_PARAM',
  'INVALID_REQUEST_BODY',
  'SYS_ERR'
] as const

/** An HTTP failure with no code of its own (H5 only). */
export type HttpErrorCode = `HTTP_${number}`

export type ClientErrorCode = (typeof CLIENT_ERROR_CODES)[number]
export type PlatformErrorCode = (typeof PLATFORM_ERROR_CODES)[number]

/** Every code an ApiError can carry, so `error.code === 'INVITE_REVOKD'` fails to compile. */
export type ApiErrorCode = ErrorCode | ClientErrorCode | PlatformErrorCode | HttpErrorCode

/**
 * A code read off the wire. The value is kept as sent: a newer server may
 * return a code this build does not list, and it must still reach the log
 * and the page (which then shows the message, as for any code it does not
 * compare). The type says what this build knows; it is the one place a
 * wire string becomes an ApiErrorCode.
 */
export function wireErrorCode(code: string): ApiErrorCode {
  return code as ApiErrorCode
}
