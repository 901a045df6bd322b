/**
 * CloudBase's web-client endpoints, as the unmodified `@cloudbase/js-sdk`
 * (3.7.0) calls them once pointed here with
 * `app.registerEndPointWithKey({ key: 'GATEWAY', url: '//127.0.0.1:<port>', protocol: 'http:' })`
 * (read off the SDK's source: oauth2client.ts, auth/apis.ts, app/src/libs/request.ts
 * `gateWay`, functions/src/index.ts):
 *
 *   POST /auth/v1/signin/anonymously      {}                          → credentials (scope anonymous)
 *   POST /auth/v1/signin/custom           { provider_id, ticket }     → credentials (ticket from node-sdk createTicket)
 *   POST /auth/v1/token                   { grant_type: refresh_token, refresh_token } → credentials
 *   GET  /auth/v1/user/me                 Bearer                      → { sub, … }
 *   POST /auth/v1/revoke, /v1/user/signout                            → {} (the refresh token stops working)
 *   POST /functions/<name> (/v1/functions/<name> too)  Bearer, the event as body → what main returned
 *
 * Auth errors are OAuth's `{ error, error_description }`; gateway refusals
 * CloudBase's `{ code, message, requestId }` with 401 (INVALID_ACCESS_TOKEN,
 * ACCESS_TOKEN_EXPIRED — the SDK refreshes and retries once on the latter).
 * Functions see the caller as CloudBase shows a web caller: TCB_UUID,
 * TCB_CUSTOM_USER_ID, TCB_ISANONYMOUS_USER, TCB_SOURCE=web_client,
 * TCB_SOURCE_IP, and no OPENID.
 *
 * Dev-only control (loopback, the emulator's own origin, like all of /_emulator):
 *   GET  /_emulator/custom-login-key      → { private_key_id, private_key, env_id }
 *   POST /_emulator/demo-ticket { openId } → { ticket, uid }: that demo member's scan sign-in, played through
 *   PUT  /_emulator/auth/config { accessTokenSeconds } (tests: short-lived tokens)
 */
import { randomUUID } from 'node:crypto'
import type { IncomingMessage, ServerResponse } from 'node:http'
import { z } from 'zod'
import { EmulatorError, ErrorCode, HttpError } from '../core/errors'
import { isLoopbackOrigin } from '../core/guard'
import { readJson, sendJson, type Route } from '../core/http'
import type { Database } from '../database'
import type { CallerIdentity, FunctionHost } from '../functions/host'
import { uidForOpenId } from '../gateway/routes'
import { LOCAL_APPID } from '../core/constants'
import type { AuthKeys } from './keys'
import { verifyTicket } from './ticket'
import { newAnonymousUid, type TokenIssuer, uidForCustomUser, type WebUser } from './tokens'

export interface AuthRouteOptions {
  host: FunctionHost
  db: Database
  keys: AuthKeys
  tokens: TokenIssuer
  env: string
}

const ALLOWED_HEADERS = 'authorization, content-type, x-request-id, x-device-id, x-sdk-version, x-seqid, accept-language, x-tcb-region, x-tcb-trace'

function cors(req: IncomingMessage, res: ServerResponse): void {
  const origin = req.headers.origin
  if (typeof origin === 'string' && isLoopbackOrigin(origin)) {
    res.setHeader('access-control-allow-origin', origin)
    res.setHeader('access-control-allow-methods', 'GET, POST, DELETE, PATCH, OPTIONS')
    res.setHeader('access-control-allow-headers', ALLOWED_HEADERS)
    res.setHeader('access-control-max-age', '600')
  }
  res.setHeader('vary', 'Origin')
}

function oauthError(res: ServerResponse, status: number, error: string, description: string): void {
  sendJson(res, status, { error, error_description: description })
}

function gatewayError(res: ServerResponse, status: number, code: string, message: string): void {
  sendJson(res, status, { code, message, requestId: randomUUID() })
}

function bearer(req: IncomingMessage): string | undefined {
  const value = req.headers.authorization
  const match = typeof value === 'string' ? /^Bearer\s+(\S+)$/i.exec(value) : null
  return match?.[1]
}

function clientIp(req: IncomingMessage): string {
  const address = req.socket.remoteAddress ?? ''
  return address.startsWith('::ffff:') ? address.slice(7) : address
}

async function readObject(req: IncomingMessage): Promise<Record<string, unknown> | undefined> {
  const body = await readJson(req)
  return body !== null && typeof body === 'object' && !Array.isArray(body) ? (body as Record<string, unknown>) : undefined
}

export function authRoutes(opts: AuthRouteOptions): Route {
  const { tokens, keys, env } = opts

  function credentials(user: WebUser): Record<string, unknown> {
    const now = Date.now()
    return {
      token_type: 'Bearer',
      access_token: tokens.issue(user, 'access', now),
      refresh_token: tokens.issue(user, 'refresh', now),
      expires_in: tokens.accessSeconds,
      scope: user.anonymous ? 'anonymous' : 'user',
      sub: user.uid,
      groups: []
    }
  }

  async function authApi(req: IncomingMessage, res: ServerResponse, route: string): Promise<boolean> {
    switch (route) {
      case 'POST /auth/v1/signin/anonymously':
        sendJson(res, 200, credentials({ uid: newAnonymousUid(), anonymous: true }))
        return true
      case 'POST /auth/v1/signin/custom': {
        const body = await readObject(req)
        const ticket = body?.ticket
        if (body?.provider_id !== 'custom' || typeof ticket !== 'string') {
          oauthError(res, 400, 'invalid_argument', '缺少自定义登录 ticket')
          return true
        }
        const verdict = verifyTicket(ticket, { keyId: keys.customLogin.private_key_id, publicKey: keys.customLoginPublicKey, env }, Date.now())
        if (!verdict.ok) {
          oauthError(res, 400, 'invalid_grant', `自定义登录失败：${verdict.reason}`)
          return true
        }
        sendJson(res, 200, credentials({ uid: uidForCustomUser(env, verdict.uid), customUserId: verdict.uid, anonymous: false }))
        return true
      }
      case 'POST /auth/v1/token': {
        const body = await readObject(req)
        if (body?.grant_type !== 'refresh_token' || typeof body.refresh_token !== 'string') {
          oauthError(res, 400, 'invalid_request', '只支持 grant_type=refresh_token')
          return true
        }
        const verdict = tokens.verify(body.refresh_token, 'refresh', Date.now())
        if (!verdict.ok) {
          oauthError(res, 400, 'invalid_grant', `刷新令牌无效：${verdict.reason}`)
          return true
        }
        const { uid, customUserId, anonymous } = verdict.claims
        sendJson(res, 200, { ...credentials({ uid, customUserId, anonymous }), refresh_token: body.refresh_token })
        return true
      }
      case 'GET /auth/v1/user/me': {
        const verdict = tokens.verify(bearer(req) ?? '', 'access', Date.now())
        if (!verdict.ok) {
          oauthError(res, 401, 'unauthenticated', verdict.reason)
          return true
        }
        const { uid, customUserId, anonymous } = verdict.claims
        sendJson(res, 200, {
          sub: uid,
          uid,
          name: customUserId ?? '',
          username: customUserId ?? '',
          is_anonymous: anonymous,
          groups: [],
          providers: [],
          status: 'ACTIVE'
        })
        return true
      }
      case 'POST /auth/v1/revoke':
      case 'POST /auth/v1/user/signout': {
        const body = await readObject(req)
        for (const token of [body?.token, body?.refresh_token, bearer(req)]) {
          if (typeof token !== 'string') continue
          for (const kind of ['access', 'refresh'] as const) {
            const verdict = tokens.verify(token, kind, Date.now())
            if (verdict.ok) tokens.revoke(verdict.claims.jti)
          }
        }
        sendJson(res, 200, {})
        return true
      }
      default:
        oauthError(res, 404, 'unimplemented', `模拟器不支持该登录接口：${route}`)
        return true
    }
  }

  async function callFunction(req: IncomingMessage, res: ServerResponse, name: string): Promise<void> {
    const token = bearer(req)
    if (!token) return gatewayError(res, 401, 'INVALID_ACCESS_TOKEN', '缺少登录凭证（Authorization: Bearer <access_token>），请先登录')
    const verdict = tokens.verify(token, 'access', Date.now())
    if (!verdict.ok) return gatewayError(res, 401, verdict.code, verdict.reason)
    let event: unknown
    try {
      event = await readJson(req)
    } catch (err) {
      if (err instanceof HttpError) return gatewayError(res, err.status, err.code, err.message)
      throw err
    }
    if (event === undefined || event === null || typeof event !== 'object' || Array.isArray(event)) {
      return gatewayError(res, 400, 'INVALID_PARAM', '请求体必须是 JSON 对象（云函数的 event）')
    }
    const { uid, customUserId, anonymous } = verdict.claims
    try {
      const result = await opts.host.invoke(name, event, { uid, customUserId, anonymous, source: 'web_client', clientIp: clientIp(req) })
      sendJson(res, 200, result ?? null)
    } catch (err) {
      if (!(err instanceof EmulatorError)) throw err
      const status = err.code === ErrorCode.FUNCTION_NOT_FOUND ? 404 : err.code === ErrorCode.FUNCTION_TIMEOUT ? 504 : 500
      gatewayError(res, status, err.code === ErrorCode.FUNCTION_NOT_FOUND ? 'FUNCTION_NOT_FOUND' : 'FUNCTION_INVOCATION_FAILED', err.message)
    }
  }

  function demoMemberId(openId: string): string | null {
    const members = opts.db.state.collections.get('members')
    if (!members) return null
    for (const doc of members.docs.values()) {
      const member = doc as { _id: string; openid?: unknown; status?: unknown; _openid?: unknown }
      if (member.openid === openId && member.status === 'active' && member._openid === undefined) return member._id
    }
    return null
  }

  /**
   * The dev-only demo sign-in goes through the real scan sign-in, with the
   * emulator playing both sides: a fresh anonymous console login starts a
   * request, the demo member's mini-program confirms it, the console's poll
   * collects the ticket. So the signin function's own rules apply (a member
   * without a console role is refused) and it opens the console session.
   */
  async function demoScanSignIn(openId: string): Promise<{ ok: true; ticket: string } | { ok: false; error: { code: string; message: string } }> {
    const browser = { uid: newAnonymousUid(), anonymous: true, source: 'web_client', clientIp: '127.0.0.1' }
    const phone = { openId, appId: LOCAL_APPID, uid: uidForOpenId(LOCAL_APPID, openId), source: 'wx_client' }
    const step = async (identity: CallerIdentity, action: string, payload: unknown): Promise<Record<string, unknown>> => {
      const reply = (await opts.host.invoke('signin', { action, payload }, identity)) as {
        ok?: boolean
        data?: Record<string, unknown>
        error?: { code: string; message: string }
      }
      if (!reply?.ok) throw Object.assign(new Error(reply?.error?.message ?? '签到函数无响应'), { code: reply?.error?.code ?? 'INTERNAL' })
      return reply.data ?? {}
    }
    try {
      const started = await step(browser, 'signin.start', { browser: '本地模拟器 · 演示登录' })
      await step(phone, 'signin.confirm', { scene: started.scene })
      const polled = await step(browser, 'signin.poll', { code: started.code })
      if (typeof polled.ticket !== 'string') return { ok: false, error: { code: 'INTERNAL', message: '登录票据未发出' } }
      return { ok: true, ticket: polled.ticket }
    } catch (error) {
      const { code, message } = error as { code?: string; message: string }
      return { ok: false, error: { code: code ?? 'INTERNAL', message } }
    }
  }

  async function control(req: IncomingMessage, res: ServerResponse, route: string): Promise<boolean> {
    switch (route) {
      case 'GET /_emulator/custom-login-key':
        sendJson(res, 200, keys.customLogin)
        return true
      case 'POST /_emulator/demo-ticket': {
        const parsed = z
          .object({ openId: z.string().min(1).max(64) })
          .strict()
          .safeParse(await readJson(req))
        if (!parsed.success) {
          sendJson(res, 400, { error: { code: 'INVALID_PARAM', message: '格式：{ openId: 演示用户的 openId }' } })
          return true
        }
        const uid = demoMemberId(parsed.data.openId)
        if (!uid) {
          sendJson(res, 404, { error: { code: 'NOT_FOUND', message: '没有绑定该 openId 的在册党员' } })
          return true
        }
        const signedIn = await demoScanSignIn(parsed.data.openId)
        if (!signedIn.ok) {
          sendJson(res, 403, { error: signedIn.error })
          return true
        }
        sendJson(res, 200, { ticket: signedIn.ticket, uid })
        return true
      }
      case 'PUT /_emulator/auth/config': {
        const parsed = z
          .object({
            accessTokenSeconds: z
              .number()
              .int()
              .min(31)
              .max(7 * 24 * 3600)
          })
          .strict()
          .safeParse(await readJson(req))
        if (!parsed.success) {
          sendJson(res, 400, { error: { code: 'INVALID_PARAM', message: '格式：{ accessTokenSeconds: 31–604800 }' } })
          return true
        }
        tokens.accessSeconds = parsed.data.accessTokenSeconds
        sendJson(res, 200, { accessTokenSeconds: tokens.accessSeconds })
        return true
      }
      default:
        return false
    }
  }

  return async (req, res, url) => {
    const path = url.pathname
    const route = `${req.method} ${path}`
    if (path.startsWith('/_emulator/')) return control(req, res, route)
    const fn = /^(?:\/v1)?\/functions\/([^/]+)$/.exec(path)
    if (!path.startsWith('/auth/') && !fn) return false
    cors(req, res)
    if (req.method === 'OPTIONS') {
      res.writeHead(204)
      res.end()
      return true
    }
    if (!fn) return authApi(req, res, route)
    if (req.method !== 'POST') {
      gatewayError(res, 405, 'INVALID_PARAM', '调用云函数请用 POST')
      return true
    }
    let name: string
    try {
      name = decodeURIComponent(fn[1])
    } catch {
      gatewayError(res, 404, 'FUNCTION_NOT_FOUND', '云函数名无效')
      return true
    }
    await callFunction(req, res, name)
    return true
  }
}
