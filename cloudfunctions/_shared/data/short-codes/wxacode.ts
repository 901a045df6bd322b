import { cloudApp } from '../client'

/** What `wxacode.getUnlimited` takes (WeChat's HTTPS body; cloud call has the same fields). */
export interface UnlimitedRequest {
  /** ≤ 32 visible characters from WeChat's set, no `%`. */
  scene: string
  /** A page of the mini-program without leading slash and without query, e.g. `packages/org/pages/join/index`. */
  page: string
  /** release / trial / develop: which version the code opens. */
  env_version: 'release' | 'trial' | 'develop'
  /** true: WeChat refuses a page the published version lacks (41030); false allows unpublished pages. */
  check_path: boolean
  width?: number
}

export type UnlimitedResult = { ok: true; png: string } | { ok: false; errcode: number; errmsg: string }

/** Which version the codes open: PS_WXACODE_ENV_VERSION (deploy) or the released one. */
export function wxacodeEnvVersion(env: NodeJS.ProcessEnv = process.env): UnlimitedRequest['env_version'] {
  const value = env.PS_WXACODE_ENV_VERSION
  return value === 'trial' || value === 'develop' ? value : 'release'
}

function toBase64(buffer: unknown): string | null {
  if (typeof buffer === 'string') return buffer
  if (Buffer.isBuffer(buffer)) return buffer.toString('base64')
  // A Buffer that went through JSON: { type: 'Buffer', data: [...] }.
  const data = (buffer as { type?: unknown; data?: unknown } | null)?.data
  if ((buffer as { type?: unknown } | null)?.type === 'Buffer' && Array.isArray(data)) return Buffer.from(data as number[]).toString('base64')
  return null
}

/**
 * Asks the platform for a 小程序码 through the open API (cloud call, no access
 * token of our own): `/wxa/getwxacodeunlimit`. WeChat answers the image on
 * success and `{ errcode, errmsg }` JSON on failure. Through `callWxOpenApi`
 * the reply arrives as JSON, so the image is read from the cloud call's
 * `{ contentType, buffer }` shape (wx-server-sdk's `openapi.wxacode.getUnlimited`
 * result), `buffer` as base64 or a serialised Buffer; the emulator answers the
 * same. The PNG comes back as base64 for the screen to show as a data URL.
 * Never throws for WeChat's refusals: the caller keeps the plain QR then.
 */
export async function getUnlimitedCode(request: UnlimitedRequest): Promise<UnlimitedResult> {
  try {
    const reply = (await cloudApp().callWxOpenApi({ apiName: '/wxa/getwxacodeunlimit', requestData: request })) as {
      result?: { errcode?: number; errmsg?: string; contentType?: string; buffer?: unknown }
    }
    const result = reply.result ?? {}
    const png = toBase64(result.buffer)
    if ((result.errcode ?? 0) === 0 && png) return { ok: true, png }
    return { ok: false, errcode: result.errcode ?? -1, errmsg: result.errmsg ?? 'no image in the reply' }
  } catch (error) {
    return { ok: false, errcode: -1, errmsg: error instanceof Error ? error.message : String(error) }
  }
}
