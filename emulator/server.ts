import http, { type IncomingMessage, type ServerResponse } from 'node:http'
import { randomUUID } from 'node:crypto'
import { EmulatorError, ErrorCode, HttpError, HttpErrorCode } from './core/errors'
import { checkRequest, jsonDepthExceeds } from './core/guard'
import { readJson, sendJson, tooDeep, type Route } from './core/http'
import type { ActionTable, AdminRequest } from './core/types'

export const ADMIN_PATH = '/admin'

/**
 * The `/admin` endpoint the unmodified SDK posts to when given `serviceUrl`.
 * Replies follow CloudBase: success `{ requestId, data, ...top }`; any error is
 * HTTP 200 with `{ code, message, requestId }` (the SDK throws on `code`).
 * Refusals of the HTTP layer (foreign Host/Origin 403, body over the limits
 * 413/400) keep that body but not the 200: see `createServer`.
 */
/** How many requests each action received: benchmarks report database calls per request from it. */
export type ActionCounts = Map<string, number>

export function adminRoute(actions: ActionTable, counts: ActionCounts = new Map()): Route {
  return async (req, res, url) => {
    if (url.pathname !== ADMIN_PATH) return false
    const requestId = randomUUID()
    if (req.method !== 'POST') {
      sendJson(res, 200, { code: ErrorCode.INVALID_BODY, message: `只接受 POST 请求，收到 ${req.method}`, requestId })
      return true
    }
    const body = await readJson(req)
    if (body === undefined || body === null || typeof body !== 'object' || Array.isArray(body)) {
      sendJson(res, 200, { code: ErrorCode.INVALID_BODY, message: '请求体不是合法的 JSON 对象', requestId })
      return true
    }
    // Queries and documents arrive as EJSON strings inside the body and are parsed (recursively) later.
    if (Object.values(body).some((value) => typeof value === 'string' && jsonDepthExceeds(value))) throw tooDeep()
    const action = (body as { action?: unknown }).action
    const handler = typeof action === 'string' ? actions[action] : undefined
    if (!handler) {
      const message = typeof action === 'string' ? `不支持的 action: ${action}` : '请求体缺少 action 字段'
      sendJson(res, 200, { code: ErrorCode.INVALID_ACTION, message, requestId })
      return true
    }
    counts.set(action as string, (counts.get(action as string) ?? 0) + 1)
    try {
      const env = url.searchParams.get('env') ?? 'local'
      const result = await handler(body as AdminRequest, { requestId, env })
      sendJson(res, 200, { ...(result.top ?? {}), requestId, data: result.data ?? {} })
    } catch (error) {
      sendJson(res, 200, errorReply(error, requestId))
    }
    return true
  }
}

export function errorReply(error: unknown, requestId: string): { code: string; message: string; requestId: string } {
  if (error instanceof EmulatorError) return { code: error.code, message: error.message, requestId }
  console.error('[emulator] internal error', error)
  return { code: ErrorCode.INTERNAL, message: `模拟器内部错误：${(error as Error).message}`, requestId }
}

/** A refusal in the shape the path's clients read: the SDK's envelope on /admin, `{ error }` elsewhere. */
function sendRefusal(res: ServerResponse, path: string, status: number, code: string, message: string): void {
  if (path === ADMIN_PATH) sendJson(res, status, { code, message, requestId: randomUUID() })
  else sendJson(res, status, { error: { code, message } })
}

function header(req: IncomingMessage, name: string): string | undefined {
  const value = req.headers[name]
  return Array.isArray(value) ? value[0] : value
}

export function createServer(routes: Route[]): http.Server {
  return http.createServer((req: IncomingMessage, res: ServerResponse) => {
    let url: URL
    try {
      url = new URL(req.url ?? '/', 'http://127.0.0.1')
    } catch {
      // A malformed request target (`GET http://[`) would otherwise throw out of the handler and stop the emulator.
      sendRefusal(res, '', 400, HttpErrorCode.INVALID_URL, '请求地址无效')
      return
    }
    // Before any route: a foreign Host (DNS rebinding) or Origin (another site) never reaches the data.
    const verdict = checkRequest({ path: url.pathname, host: req.headers.host, origin: header(req, 'origin'), secFetchSite: header(req, 'sec-fetch-site') })
    if (!verdict.ok) {
      sendRefusal(res, url.pathname, 403, verdict.code, verdict.message)
      return
    }
    void (async () => {
      for (const route of routes) if (await route(req, res, url)) return
      sendJson(res, 404, { code: 'NOT_FOUND', message: `没有这个地址：${url.pathname}` })
    })().catch((error: unknown) => {
      if (res.headersSent) res.end()
      else if (error instanceof HttpError) sendRefusal(res, url.pathname, error.status, error.code, error.message)
      else sendJson(res, 500, errorReply(error, randomUUID()))
    })
  })
}
