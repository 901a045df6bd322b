import { z } from 'zod'
import { HttpError } from './core/errors'
import { CONTROL_PREFIX } from './core/constants'
import { readBody, readJson, sendJson, type Route } from './core/http'
import type { Database } from './database'
import { decodeSnapshot, encodeSnapshot } from './database/storage'
import { demoUserSchema, type DemoUsers } from './demo-users'
import type { FunctionClock } from './functions/clock'
import type { FunctionSecrets } from './functions/secrets'

/**
 * Endpoints for tests and scripts (never called by production code):
 * health, reset, export/import of all data, the functions' secrets, and the
 * demo accounts.
 */
export function controlRoute(deps: { db: Database; demoUsers: DemoUsers; secrets: FunctionSecrets; clock: FunctionClock; onReset: () => void }): Route {
  return async (req, res, url) => {
    if (!url.pathname.startsWith(CONTROL_PREFIX + '/')) return false
    const route = `${req.method} ${url.pathname.slice(CONTROL_PREFIX.length)}`
    switch (route) {
      case 'GET /health':
        sendJson(res, 200, { ok: true, collections: [...deps.db.state.collections.keys()] })
        return true
      case 'GET /clock':
        sendJson(res, 200, { now: deps.clock.get()?.toISOString() ?? null })
        return true
      case 'PUT /clock': {
        const parsed = z
          .object({ now: z.string().datetime({ offset: true }).nullable() })
          .strict()
          .safeParse(await readJson(req))
        if (!parsed.success) {
          sendJson(res, 400, { code: 'INVALID_PARAM', message: '时钟格式错误：{ now: ISO 时间 | null }' })
          return true
        }
        deps.clock.set(parsed.data.now ? new Date(parsed.data.now) : null)
        sendJson(res, 200, { now: parsed.data.now })
        return true
      }
      case 'POST /reset':
        deps.db.reset()
        deps.demoUsers.replace([])
        deps.clock.set(null)
        deps.onReset()
        sendJson(res, 200, { ok: true })
        return true
      case 'GET /export':
        res.writeHead(200, { 'content-type': 'application/x-ndjson; charset=utf-8' })
        res.end(encodeSnapshot(deps.db.state.snapshot()))
        return true
      case 'POST /import': {
        let snapshot: ReturnType<typeof decodeSnapshot>
        try {
          snapshot = decodeSnapshot(await readBody(req))
        } catch (error) {
          if (error instanceof HttpError) throw error // size and depth limits answer with their own status
          sendJson(res, 400, { error: { code: 'INVALID_PARAM', message: `导入内容不是有效的导出文件：${(error as Error).message}` } })
          return true
        }
        deps.db.state.load(snapshot)
        deps.db.storage.writeSnapshot(snapshot)
        sendJson(res, 200, { ok: true, collections: Object.keys(snapshot.collections).length })
        return true
      }
      case 'GET /secrets':
        // For local scripts that derive member ids as the functions do (the seed); as guarded as /export.
        sendJson(res, 200, { secrets: deps.secrets })
        return true
      case 'GET /demo-users':
        sendJson(res, 200, { users: deps.demoUsers.list() })
        return true
      case 'PUT /demo-users': {
        const parsed = z.object({ users: z.array(demoUserSchema) }).safeParse(await readJson(req))
        if (!parsed.success) {
          sendJson(res, 400, { code: 'INVALID_PARAM', message: `演示账号格式错误：${parsed.error.issues[0]?.message}` })
          return true
        }
        deps.demoUsers.replace(parsed.data.users)
        sendJson(res, 200, { ok: true, count: parsed.data.users.length })
        return true
      }
      default:
        return false
    }
  }
}
