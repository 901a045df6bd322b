import type { Result } from '@contract/envelope'
import { wireErrorCode } from './error-codes'
import { ApiError } from './errors'
import { send } from './transport'
import type { CallEvent } from './types'

export { ApiError, isApiError, toApiError } from './errors'
export type { ApiErrorCode } from './errors'
export type { CallEvent } from './types'

/**
 * The one way the UI calls a cloud function. Resolves with the function's
 * `data`, or throws ApiError with the function's error code and message.
 */
export async function callFunction<T>(name: string, event: CallEvent): Promise<T> {
  const result = await send(name, event)
  if (!isResult(result)) {
    // Also what a silent platform stub ({ errMsg } only) would look like.
    throw new ApiError('BAD_RESPONSE', '服务返回了无法识别的结果，请稍后重试')
  }
  if (result.ok) return result.data as T
  throw new ApiError(wireErrorCode(result.error.code), result.error.message || '操作失败，请稍后重试')
}

function isResult(value: unknown): value is Result<unknown> {
  if (typeof value !== 'object' || value === null) return false
  const v = value as { ok?: unknown; error?: { code?: unknown } }
  if (v.ok === true) return 'data' in v
  return v.ok === false && typeof v.error?.code === 'string'
}
