import type { ErrorCode } from '@contract/error-codes'

/** Codes the console makes up itself, for failures that never reached a function's Result. */
export type ConsoleErrorCode = 'NETWORK' | 'BAD_RESPONSE' | 'SIGNED_OUT' | 'CALL_FAILED' | 'UNKNOWN' | 'BAD_FILE'

/** A function's typed code (contract/error-codes.ts), or one of the console's own. */
export type ApiErrorCode = ErrorCode | ConsoleErrorCode

/** Every failed call surfaces as one of these; `message` is Chinese and fit to show as is. */
export class ApiError extends Error {
  readonly code: ApiErrorCode

  constructor(code: ApiErrorCode, message: string) {
    super(message)
    this.name = 'ApiError'
    this.code = code
  }
}

export function isApiError(value: unknown): value is ApiError {
  return typeof value === 'object' && value !== null && (value as { name?: unknown }).name === 'ApiError'
}

/** Anything thrown (a bug, the SDK's own errors) becomes an ApiError the page can show. */
export function toApiError(value: unknown): ApiError {
  if (isApiError(value)) return value
  return platformError(value)
}

/**
 * The web SDK rejects with CloudBase's own codes when the call never reached
 * the function (no login, an expired session, the network). A refused login
 * means: sign in again.
 */
export function platformError(value: unknown): ApiError {
  const raw = value as { code?: unknown; message?: unknown } | null
  const code = typeof raw?.code === 'string' ? raw.code : ''
  const message = typeof raw?.message === 'string' ? raw.message : String(value)
  if (/UNAUTH|CREDENTIAL|ACCESS_TOKEN|INVALID_TOKEN|NOT_LOGIN|unauthenticated|PERMISSION_DENIED|401/i.test(code + ' ' + message)) {
    return new ApiError('SIGNED_OUT', '登录已失效，请重新扫码登录')
  }
  if (/network|fetch|Failed to fetch|timeout/i.test(message)) return new ApiError('NETWORK', '网络连接失败，请检查网络后重试')
  return new ApiError('CALL_FAILED', '服务暂时不可用，请稍后重试')
}
