/** How the HTTP routes of the emulator (gateway, control endpoints) report errors. */
import type { ServerResponse } from 'node:http'
import { sendJson } from '../core/http'
import { EmulatorError, ErrorCode } from '../core/errors'

export function statusFor(code: string): number {
  switch (code) {
    case ErrorCode.FUNCTION_NOT_FOUND:
      return 404
    case ErrorCode.FUNCTION_TIMEOUT:
      return 504
    case ErrorCode.INVALID_PARAM:
    case ErrorCode.INVALID_BODY:
      return 400
    default:
      return 500
  }
}

/** Replies `{ error: { code, message } }` with the status that fits the error. */
export function sendError(res: ServerResponse, err: unknown): void {
  if (err instanceof EmulatorError) {
    sendJson(res, statusFor(err.code), { error: { code: err.code, message: err.message } })
    return
  }
  const message = err instanceof Error ? err.message : String(err)
  sendJson(res, 500, { error: { code: ErrorCode.INTERNAL, message: `模拟器内部错误：${message}` } })
}
