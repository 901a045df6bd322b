/**
 * `wxacode.getUnlimited` (HTTPS `/wxa/getwxacodeunlimit`, cloud call
 * `wxacode.getUnlimited`) as WeChat answers it, checked the way WeChat checks:
 *
 * - `scene`: required, at most 32 visible characters, only digits, letters and
 *   !#$&'()*+,/:;=?@-._~ (no `%`): otherwise 40169 (invalid length for scene).
 * - `page`: no leading slash, no query (parameters go in `scene`): otherwise
 *   41030 (invalid page). With `check_path` true (WeChat's default) the page
 *   must exist in the released version: when the emulator is given the app's
 *   pages it refuses others with 41030; `check_path: false` skips that.
 * - `env_version`: release (default), trial or develop; `width` 280–1280.
 *
 * On success WeChat returns the image bytes; through the cloud call the reply
 * is `{ errcode: 0, errmsg, contentType: 'image/png', buffer }` and here
 * `buffer` is the PNG as base64 (the SDK's `callWxOpenApi` reads a JSON reply).
 * The image is a real PNG: a plain QR code of `page?scene=…`, which is what the
 * scene means (a real 小程序码 is a round code only WeChat can read).
 */
import qrcode from 'qrcode-generator'
import type { OpenApiOutbox, WxApiResult } from './outbox'
import { encodeBitmapPng } from './png'

const UNLIMITED = new Set(['/wxa/getwxacodeunlimit', 'wxa/getwxacodeunlimit', 'wxacode.getUnlimited'])

export function isWxacodeUnlimited(apiName: string): boolean {
  return UNLIMITED.has(apiName.split('?')[0])
}

/** WeChat's reply through the cloud call: the error, or the image. */
export type WxacodeReply = WxApiResult | (WxApiResult & { contentType: 'image/png'; buffer: string })

const SCENE = /^[0-9A-Za-z!#$&'()*+,/:;=?@\-._~]{1,32}$/
const ENV_VERSIONS = ['release', 'trial', 'develop']

export interface UnlimitedOptions {
  /** The released app's pages (no leading slash); when absent, `check_path` cannot refuse anything. */
  knownPages?: ReadonlySet<string>
}

/** WeChat's checks on the request; null when it passes. */
export function validateUnlimited(requestData: unknown, options: UnlimitedOptions = {}): WxApiResult | null {
  const req = (requestData ?? {}) as Record<string, unknown>
  if (typeof req !== 'object' || Array.isArray(req)) return { errcode: 47001, errmsg: 'data format error' }
  const scene = req.scene
  if (typeof scene !== 'string' || !SCENE.test(scene)) {
    return {
      errcode: 40169,
      errmsg: `invalid length for scene, or the data is not json string (scene 须为 1–32 个可见字符，仅限数字、字母和 !#$&'()*+,/:;=?@-._~，不能有 %)`
    }
  }
  const page = req.page
  if (page !== undefined) {
    if (typeof page !== 'string' || page === '' || page.startsWith('/') || /[?#&=]/.test(page)) {
      return { errcode: 41030, errmsg: 'invalid page hint: page 不能以 / 开头，也不能带参数（参数请放在 scene 里）' }
    }
    const checkPath = req.check_path === undefined ? true : req.check_path
    if (typeof checkPath !== 'boolean') return { errcode: 47001, errmsg: 'data format error: check_path must be a boolean' }
    if (checkPath && options.knownPages && !options.knownPages.has(page)) {
      return { errcode: 41030, errmsg: `invalid page hint: 已发布的版本中没有页面 ${page}（未发布的页面请传 check_path: false）` }
    }
  }
  if (req.env_version !== undefined && !ENV_VERSIONS.includes(req.env_version as string)) {
    return { errcode: 40097, errmsg: 'invalid args: env_version must be release, trial or develop' }
  }
  if (req.width !== undefined && (typeof req.width !== 'number' || req.width < 280 || req.width > 1280)) {
    return { errcode: 40097, errmsg: 'invalid args: width must be 280–1280' }
  }
  return null
}

/** What the code stands for in the emulator: the page with the scene, as the scanner would open it. */
export function unlimitedText(requestData: { scene: string; page?: string }): string {
  return `${requestData.page ?? 'pages/home/index'}?scene=${encodeURIComponent(requestData.scene)}`
}

/** A PNG of a QR code of `text`, `width` pixels at most (430 by default, as WeChat), with a quiet zone. */
export function renderQrPng(text: string, width = 430): Buffer {
  const qr = qrcode(0, 'M')
  qr.addData(text)
  qr.make()
  const modules = qr.getModuleCount()
  const quiet = 4
  const scale = Math.max(1, Math.floor(width / (modules + 2 * quiet)))
  const size = (modules + 2 * quiet) * scale
  return encodeBitmapPng(size, (x, y) => {
    const col = Math.floor(x / scale) - quiet
    const row = Math.floor(y / scale) - quiet
    return col >= 0 && row >= 0 && col < modules && row < modules && qr.isDark(row, col)
  })
}

/** The reply to one call, recorded in the outbox like every open-API call (without the image). */
export function wxacodeUnlimited(outbox: OpenApiOutbox, apiName: string, requestData: unknown, options: UnlimitedOptions = {}): WxacodeReply {
  const result = outbox.send(apiName, requestData, (data) => validateUnlimited(data, options))
  if (result.errcode !== 0) return result
  const req = requestData as { scene: string; page?: string; width?: number }
  return { ...result, contentType: 'image/png', buffer: renderQrPng(unlimitedText(req), req.width).toString('base64') }
}
