/**
 * `functions.*` actions of the SDK endpoint. `app.callFunction({ name, data })` posts
 * `functions.invokeFunction` with `function_name` and `request_data` (the data as a
 * JSON string, '' when absent) and reads `data.response_data` (a JSON string).
 */
import { EmulatorError, ErrorCode } from '../core/errors'
import type { ActionTable, AdminRequest } from '../core/types'
import type { CallerIdentity, FunctionHost } from './host'

/** A server-side SDK caller (another function, a script): no end user behind it. */
export const SDK_CALLER: CallerIdentity = { source: 'scf' }

function parseRequestData(body: AdminRequest): unknown {
  const raw = body.request_data
  if (raw === undefined || raw === null || raw === '') return {}
  if (typeof raw !== 'string') return raw
  try {
    return JSON.parse(raw)
  } catch {
    throw new EmulatorError(ErrorCode.INVALID_PARAM, 'request_data 不是有效的 JSON 字符串')
  }
}

export function functionActions(host: FunctionHost): ActionTable {
  return {
    'functions.invokeFunction': async (body) => {
      const name = body.function_name
      if (typeof name !== 'string' || name === '') {
        throw new EmulatorError(ErrorCode.INVALID_PARAM, '函数名不能为空（function_name）')
      }
      const result = await host.invoke(name, parseRequestData(body), SDK_CALLER)
      return { data: { response_data: JSON.stringify(result ?? null) } }
    }
  }
}
