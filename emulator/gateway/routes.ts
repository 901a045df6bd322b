/**
 * The HTTP gateway the H5 build calls functions through (dev only: it exists only
 * while the emulator runs). It stands in for `wx.cloud.callFunction`: the acting
 * demo user (chosen in the H5 dev switcher) comes in the `x-demo-openid` header and
 * reaches the function as the platform's caller identity (OPENID, APPID, UID,
 * `TCB_SOURCE=wx_client`), and the event gets `userInfo: { appId, openId }` as
 * WeChat injects it for mini-program calls.
 *
 *   POST /gateway/functions/<name>  body: the event (JSON object)
 *        200 { result } | 4xx/5xx { error: { code, message } }
 *        (413 BODY_TOO_LARGE, 400 BODY_TOO_DEEP past the body limits of core/http)
 *   GET  /gateway/demo-users        200 { users: [{ openId, name, label }] }
 */
import { createHash } from 'node:crypto'
import type { IncomingMessage, ServerResponse } from 'node:http'
import { ErrorCode, HttpError } from '../core/errors'
import type { DemoUser } from '../demo-users'
import { isLoopbackOrigin } from '../core/guard'
import { readJson, type Route, sendJson } from '../core/http'
import type { CallerIdentity, FunctionHost } from '../functions/host'
import { sendError } from '../functions/http-errors'

export interface GatewayOptions {
  host: FunctionHost
  listDemoUsers: () => Promise<DemoUser[]>
  appId: string
}

export const DEMO_OPENID_HEADER = 'x-demo-openid'
const OPENID = /^[A-Za-z0-9_-]{1,64}$/

/** A stable CloudBase-style user id for an openid (TCB_UUID). */
export function uidForOpenId(appId: string, openId: string): string {
  return createHash('sha256').update(`${appId}:${openId}`).digest('hex').slice(0, 32)
}

/** Same-origin needs nothing; dev servers on another local port get permissive CORS. */
function allowLocalOrigin(req: IncomingMessage, res: ServerResponse): void {
  const origin = req.headers.origin
  if (typeof origin === 'string' && isLoopbackOrigin(origin)) {
    res.setHeader('access-control-allow-origin', origin)
    res.setHeader('access-control-allow-methods', 'GET, POST, OPTIONS')
    res.setHeader('access-control-allow-headers', `content-type, ${DEMO_OPENID_HEADER}`)
    res.setHeader('access-control-max-age', '600')
  }
  res.setHeader('vary', 'Origin')
}

function fail(res: ServerResponse, status: number, code: string, message: string): void {
  sendJson(res, status, { error: { code, message } })
}

export function gatewayRoute(opts: GatewayOptions): Route {
  const { host, listDemoUsers, appId } = opts
  return async (req, res, url) => {
    if (url.pathname !== '/gateway' && !url.pathname.startsWith('/gateway/')) return false
    allowLocalOrigin(req, res)
    if (req.method === 'OPTIONS') {
      res.writeHead(204)
      res.end()
      return true
    }

    if (url.pathname === '/gateway/demo-users') {
      if (req.method !== 'GET') {
        fail(res, 405, 'METHOD_NOT_ALLOWED', '只支持 GET')
        return true
      }
      try {
        sendJson(res, 200, { users: await listDemoUsers() })
      } catch (err) {
        sendError(res, err)
      }
      return true
    }

    const match = /^\/gateway\/functions\/([^/]+)$/.exec(url.pathname)
    if (!match) {
      fail(res, 404, 'NOT_FOUND', `网关没有这个地址：${url.pathname}`)
      return true
    }
    if (req.method !== 'POST') {
      fail(res, 405, 'METHOD_NOT_ALLOWED', '调用云函数请用 POST')
      return true
    }
    let name: string
    try {
      name = decodeURIComponent(match[1])
    } catch {
      fail(res, 404, ErrorCode.FUNCTION_NOT_FOUND, '云函数名无效')
      return true
    }

    const header = req.headers[DEMO_OPENID_HEADER]
    const openId = Array.isArray(header) ? header[0] : header
    if (!openId) {
      fail(res, 401, 'GATEWAY_NO_DEMO_USER', `未选择演示用户：请求缺少 ${DEMO_OPENID_HEADER} 请求头`)
      return true
    }
    if (!OPENID.test(openId)) {
      fail(res, 400, ErrorCode.INVALID_PARAM, `${DEMO_OPENID_HEADER} 格式无效（只能是 1–64 位字母、数字、_ 或 -）`)
      return true
    }

    let event: unknown
    try {
      event = await readJson(req)
    } catch (err) {
      if (!(err instanceof HttpError)) throw err
      fail(res, err.status, err.code, err.message)
      return true
    }
    if (event === undefined) {
      fail(res, 400, ErrorCode.INVALID_BODY, '请求体不是有效的 JSON')
      return true
    }
    if (event === null || typeof event !== 'object' || Array.isArray(event)) {
      fail(res, 400, ErrorCode.INVALID_BODY, '请求体必须是 JSON 对象（云函数的 event）')
      return true
    }

    const identity: CallerIdentity = {
      openId,
      appId,
      uid: uidForOpenId(appId, openId),
      source: 'wx_client',
      clientIp: clientIp(req)
    }
    try {
      const result = await host.invoke(name, { ...(event as object), userInfo: { appId, openId } }, identity)
      sendJson(res, 200, { result })
    } catch (err) {
      sendError(res, err)
    }
    return true
  }
}

function clientIp(req: IncomingMessage): string {
  const address = req.socket.remoteAddress ?? ''
  return address.startsWith('::ffff:') ? address.slice(7) : address
}
