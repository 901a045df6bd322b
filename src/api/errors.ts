import type { ApiErrorCode } from './error-codes'

export type { ApiErrorCode, ClientErrorCode, HttpErrorCode, PlatformErrorCode } from './error-codes'

/** Every failed call surfaces as one of these; `message` is Chinese and fit to show. */
export class ApiError extends Error {
  readonly code: ApiErrorCode

  constructor(code: ApiErrorCode, message: string, options?: { cause?: unknown }) {
    super(message)
    this.name = 'ApiError'
    this.code = code
    if (options && 'cause' in options) this.cause = options.cause
  }
}

/**
 * `instanceof` can fail across bundles and ES5 class transpilation, so the UI
 * checks the shape instead.
 */
export function isApiError(value: unknown): value is ApiError {
  return (
    typeof value === 'object' && value !== null && (value as { name?: unknown }).name === 'ApiError' && typeof (value as { code?: unknown }).code === 'string'
  )
}

/** Anything thrown (a bug, a platform error) becomes an ApiError the UI can show. */
export function toApiError(value: unknown): ApiError {
  if (isApiError(value)) return value
  return new ApiError('UNKNOWN', '出了点问题，请稍后重试', { cause: value })
}
