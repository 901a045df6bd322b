/**
 * Who may talk to the emulator. It listens on loopback, but any web page open in
 * the developer's browser can still reach it: through DNS rebinding (a foreign
 * name that resolves to 127.0.0.1, so the browser sends a foreign Host) or by
 * plain cross-site requests (a foreign Origin). Both are refused here, before
 * any route runs; tools without a browser (the SDK, scripts, tests) send a
 * loopback Host and no Origin, and pass.
 *
 * Pure functions only: the server feeds them the request's headers.
 */
import { HttpErrorCode } from './errors'

/** How deep a JSON body may nest. The SDK's bodies are ~3 levels, a function event a few more. */
export const MAX_JSON_DEPTH = 64

// 127.0.0.0/8, localhost and [::1], each with an optional port. Browsers send the
// host as the URL spelled it, so these are the only names that cannot be rebound.
const OCTET = '(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)'
const LOOPBACK = `(?:localhost|\\[::1\\]|127(?:\\.${OCTET}){3})`
const LOOPBACK_HOST = new RegExp(`^${LOOPBACK}(?::\\d{1,5})?$`, 'i')
const LOOPBACK_ORIGIN = new RegExp(`^https?://${LOOPBACK}(?::\\d{1,5})?$`, 'i')

export interface GuardRequest {
  /** The URL path (no query). */
  path: string
  host: string | undefined
  origin: string | undefined
  secFetchSite: string | undefined
}

export type GuardVerdict = { ok: true } | { ok: false; code: typeof HttpErrorCode.FORBIDDEN_HOST | typeof HttpErrorCode.FORBIDDEN_ORIGIN; message: string }

/**
 * How strictly a path is guarded:
 * - `own`: the admin endpoint and control routes (they read and replace all
 *   data) accept only the emulator's own origin;
 * - `local`: the gateway also serves dev servers on other local ports (CORS);
 * - `page`: the H5 files, which a link from any site may open.
 */
export type PathKind = 'own' | 'local' | 'page'

export function pathKind(path: string): PathKind {
  if (path === '/admin' || path.startsWith('/admin/') || path === '/_emulator' || path.startsWith('/_emulator/')) return 'own'
  if (path === '/gateway' || path.startsWith('/gateway/')) return 'local'
  // The js-sdk's endpoints (emulator/auth): sign-in and function calls, like the gateway.
  if (path.startsWith('/auth/') || path.startsWith('/functions/') || path.startsWith('/v1/functions/')) return 'local'
  return 'page'
}

export function isLoopbackHost(host: string | undefined): boolean {
  return host !== undefined && LOOPBACK_HOST.test(host)
}

export function isLoopbackOrigin(origin: string): boolean {
  return LOOPBACK_ORIGIN.test(origin)
}

/** Same origin as the emulator: the browser's Origin names exactly the host:port it sent in Host. */
export function isOwnOrigin(origin: string, host: string): boolean {
  return origin.toLowerCase() === `http://${host.toLowerCase()}`
}

/** Attacker-chosen text goes into the message: keep it short. */
function quote(value: string): string {
  return value.length > 80 ? `${value.slice(0, 80)}…` : value
}

export function checkRequest(req: GuardRequest): GuardVerdict {
  const { host, origin, secFetchSite } = req
  if (host === undefined || !isLoopbackHost(host)) {
    const message =
      host === undefined ? '拒绝访问：请求缺少 Host 请求头' : `拒绝访问：Host「${quote(host)}」不是本机地址（模拟器只接受 127.0.0.1、localhost 或 [::1]）`
    return { ok: false, code: HttpErrorCode.FORBIDDEN_HOST, message }
  }
  const kind = pathKind(req.path)
  if (origin !== undefined) {
    // `Origin: null` comes from sandboxed frames and file:// pages: not the emulator either.
    const allowed = kind === 'own' ? isOwnOrigin(origin, host) : isLoopbackOrigin(origin)
    if (!allowed) {
      const own = kind === 'own' ? '模拟器本身' : '本机页面'
      return { ok: false, code: HttpErrorCode.FORBIDDEN_ORIGIN, message: `拒绝访问：来源「${quote(origin)}」不是${own}，可能是其他网页发来的跨站请求` }
    }
    return { ok: true }
  }
  // Cross-site GETs (<img>, <script>, links) carry no Origin; Sec-Fetch-Site still tells them apart.
  // Pages may be opened from anywhere, so only the data routes are refused.
  if (kind !== 'page' && secFetchSite?.toLowerCase() === 'cross-site') {
    return { ok: false, code: HttpErrorCode.FORBIDDEN_ORIGIN, message: '拒绝访问：这是其他网站发来的跨站请求' }
  }
  return { ok: true }
}

const [QUOTE, BACKSLASH, NEWLINE, OPEN_ARRAY, CLOSE_ARRAY, OPEN_OBJECT, CLOSE_OBJECT] = [...'"\\\n[]{}'].map((c) => c.charCodeAt(0))

/**
 * Whether JSON text nests deeper than `max` arrays/objects. Linear and without
 * recursion, so it runs before any recursive parser (EJSON's reviver, schema
 * checks) could overflow the stack. Brackets inside strings do not count; a raw
 * newline cannot occur inside a JSON string, so it ends one (which also scans
 * NDJSON line by line).
 */
export function jsonDepthExceeds(text: string, max: number = MAX_JSON_DEPTH): boolean {
  let depth = 0
  let inString = false
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (inString) {
      if (c === BACKSLASH && text.charCodeAt(i + 1) !== NEWLINE) i++
      else if (c === QUOTE || c === NEWLINE) inString = false
      continue
    }
    if (c === QUOTE) inString = true
    else if (c === OPEN_ARRAY || c === OPEN_OBJECT) {
      if (++depth > max) return true
    } else if ((c === CLOSE_ARRAY || c === CLOSE_OBJECT) && depth > 0) depth--
  }
  return false
}
