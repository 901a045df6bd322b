import { randomUUID } from 'node:crypto'
import type { IncomingMessage } from 'node:http'
import { CONTROL_PREFIX } from '../core/constants'
import { EmulatorError } from '../core/errors'
import { readJson, sendJson, type Route } from '../core/http'
import type { Database } from '../database'
import { envActions } from './env'
import { ManagementCode, ManagementError } from './errors'
import { ruleActions } from './rules'
import { tableActions } from './tables'
import type { ManagementDeps, ManagementTable } from './types'

/**
 * Where the management library is pointed: it posts every tcb API call to
 * `process.env.TCB_BASE_URL` (manager-node's utils/cloud-api-request.js), so
 * `TCB_BASE_URL=<emulator>/_emulator/management` sends the deploy's database
 * calls here, unmodified and signed as for the cloud.
 */
export const MANAGEMENT_PATH = `${CONTROL_PREFIX}/management`

export const MANAGEMENT_ACTIONS: ManagementTable = { ...envActions, ...tableActions, ...ruleActions }

/** TC3-HMAC-SHA256 with a credential scoped to the tcb service; the secret is not checked (any local key works, as for the SDK). */
const SIGNED = /^TC3-HMAC-SHA256 Credential=[^/\s]+\/\d{4}-\d{2}-\d{2}\/tcb\/tc3_request, SignedHeaders=[a-z;-]+, Signature=[0-9a-f]{64}$/

function header(req: IncomingMessage, name: string): string | undefined {
  const value = req.headers[name]
  return Array.isArray(value) ? value[0] : value
}

type Reply = { Response: Record<string, unknown> }

function failure(code: string, message: string, requestId: string): Reply {
  return { Response: { Error: { Code: code, Message: message }, RequestId: requestId } }
}

/** Runs one action; every failure becomes the Tencent Cloud API error shape. */
export async function answer(action: string | undefined, authorization: string | undefined, params: unknown, deps: ManagementDeps): Promise<Reply> {
  const requestId = randomUUID()
  if (!authorization || !SIGNED.test(authorization))
    return failure(ManagementCode.AUTH_FAILURE, '请求未按 TC3-HMAC-SHA256 签名（缺少或格式不对的 Authorization）', requestId)
  const handler = action ? MANAGEMENT_ACTIONS[action] : undefined
  if (!handler) return failure(ManagementCode.INVALID_ACTION, `模拟器不支持管理接口 ${action ?? '（缺少 X-TC-Action）'}`, requestId)
  if (params === null || typeof params !== 'object' || Array.isArray(params))
    return failure(ManagementCode.INVALID_PARAMETER, '请求体不是 JSON 对象', requestId)
  try {
    return { Response: { ...(await handler(params as Record<string, unknown>, deps)), RequestId: requestId } }
  } catch (error) {
    if (error instanceof ManagementError) return failure(error.code, error.message, requestId)
    if (error instanceof EmulatorError) return failure(ManagementCode.INTERNAL, error.message, requestId)
    throw error
  }
}

/** The management endpoint: POST JSON, action in `X-TC-Action`, reply `{ Response }` with HTTP 200 (errors too, as the cloud API). */
export function managementRoute(deps: { db: Database; env: string }): Route {
  return async (req, res, url) => {
    if (url.pathname !== MANAGEMENT_PATH) return false
    if (req.method !== 'POST') {
      sendJson(res, 200, failure(ManagementCode.INVALID_PARAMETER, `只接受 POST 请求，收到 ${req.method}`, randomUUID()))
      return true
    }
    const params = await readJson(req)
    sendJson(res, 200, await answer(header(req, 'x-tc-action'), header(req, 'authorization'), params, deps))
    return true
  }
}
