/**
 * Control endpoints of the open-API outbox, for tests and the dev tools:
 *   GET    /_emulator/outbox[?touser=…&apiName=…]  → { messages }
 *   DELETE /_emulator/outbox                       → { cleared }
 *   POST   /_emulator/outbox/fail { count, errcode, errmsg, apiName? } → { pending }
 *          (with apiName, only calls to that API fail: e.g. '/wxa/msg_sec_check')
 */
import { readJson, type Route, sendJson } from '../core/http'
import type { OpenApiOutbox } from './outbox'

export function openApiRoutes(outbox: OpenApiOutbox): Route {
  return async (req, res, url) => {
    if (url.pathname === '/_emulator/outbox') {
      if (req.method === 'GET') {
        const touser = url.searchParams.get('touser')
        const apiName = url.searchParams.get('apiName')
        const messages = outbox
          .list()
          .filter((m) => touser === null || (m.data as { touser?: unknown } | null)?.touser === touser)
          .filter((m) => apiName === null || m.apiName === apiName)
        sendJson(res, 200, { messages })
        return true
      }
      if (req.method === 'DELETE') {
        const cleared = outbox.list().length
        outbox.clear()
        sendJson(res, 200, { cleared })
        return true
      }
      sendJson(res, 405, { error: { code: 'METHOD_NOT_ALLOWED', message: '只支持 GET 或 DELETE' } })
      return true
    }
    if (url.pathname === '/_emulator/outbox/fail') {
      if (req.method !== 'POST') {
        sendJson(res, 405, { error: { code: 'METHOD_NOT_ALLOWED', message: '只支持 POST' } })
        return true
      }
      const body = (await readJson(req)) as { count?: unknown; errcode?: unknown; errmsg?: unknown; apiName?: unknown } | undefined
      const count = body?.count ?? 1
      const errcode = body?.errcode
      const errmsg = body?.errmsg ?? ''
      const only = body?.apiName
      if (
        !Number.isInteger(count) ||
        (count as number) < 1 ||
        !Number.isInteger(errcode) ||
        errcode === 0 ||
        typeof errmsg !== 'string' ||
        (only !== undefined && (typeof only !== 'string' || only === ''))
      ) {
        sendJson(res, 400, {
          error: { code: 'INVALID_PARAM', message: '请求体应为 { count: 正整数, errcode: 非 0 整数, errmsg: 字符串, apiName?: 非空字符串 }' }
        })
        return true
      }
      outbox.failNext(count as number, errcode as number, errmsg, only as string | undefined)
      sendJson(res, 200, { pending: outbox.pendingFailures() })
      return true
    }
    return false
  }
}
