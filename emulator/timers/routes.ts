/**
 * Control endpoints of the timer triggers:
 *   GET  /_emulator/timers                      → { timers: [{ functionName, triggerName, cron, next }] }
 *   POST /_emulator/timers/<function>/<trigger> → { result } or { error: { code, message } }
 */
import { type Route, sendJson } from '../core/http'
import { sendError } from '../functions/http-errors'
import type { TimerScheduler } from './scheduler'

export function timerRoutes(scheduler: TimerScheduler): Route {
  return async (req, res, url) => {
    if (url.pathname === '/_emulator/timers' || url.pathname === '/_emulator/timers/') {
      if (req.method !== 'GET') {
        sendJson(res, 405, { error: { code: 'METHOD_NOT_ALLOWED', message: '只支持 GET' } })
        return true
      }
      try {
        sendJson(res, 200, { timers: scheduler.list() })
      } catch (err) {
        sendError(res, err)
      }
      return true
    }
    const match = /^\/_emulator\/timers\/([^/]+)\/([^/]+)$/.exec(url.pathname)
    if (!match) return false
    if (req.method !== 'POST') {
      sendJson(res, 405, { error: { code: 'METHOD_NOT_ALLOWED', message: '只支持 POST' } })
      return true
    }
    try {
      const result = await scheduler.fire(decodeURIComponent(match[1]), decodeURIComponent(match[2]))
      sendJson(res, 200, { result })
    } catch (err) {
      sendError(res, err)
    }
    return true
  }
}
