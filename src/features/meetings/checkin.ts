import { CHECKIN_SCENE_PATTERN } from '@contract/meetings-api'
import { CHECKIN_WINDOW_SECONDS } from '@contract/meetings-rules'

/**
 * Check-in tokens as they arrive (a scanned path or URL, the page's ?t=, a
 * 小程序码's scene) and when the host's screen asks for the next code. Plain
 * functions: 首页's 扫码签到 uses them too.
 */

function safeDecode(value: string): string {
  try {
    return decodeURIComponent(value)
  } catch {
    return value // a stray % is part of the text, not an escape
  }
}

/** The token inside a scanned check-in path or URL (…checkin/index?t=…), or '' when there is none. */
export function tokenFromText(text: string): string {
  const match = /[?&#]t=([^&#]+)/.exec(text)
  return match ? safeDecode(match[1]).trim() : ''
}

/**
 * The token a check-in page was opened with: ?t=… (the QR code's path), or,
 * on weapp, a 小程序码's scene (either "t=…" or the bare token).
 */
export function tokenFromParams(params: Record<string, string | undefined>): string {
  if (params.t) return safeDecode(params.t).trim()
  if (params.scene) {
    const scene = safeDecode(params.scene).trim()
    return tokenFromText(`?${scene}`) || (scene.includes('=') ? '' : scene)
  }
  return ''
}

/**
 * A check-in 小程序码's short-code scene (c + 24 characters) the page was opened
 * with: weapp's options.scene or H5's ?scene=, or ?t= when 首页's 扫码签到 passed
 * one on. '' for anything else (a token, an older code's scene).
 */
export function checkinSceneOf(params: Record<string, string | undefined>): string {
  for (const value of [params.scene, params.t]) {
    const scene = value ? safeDecode(value).trim() : ''
    if (CHECKIN_SCENE_PATTERN.test(scene)) return scene
  }
  return ''
}

/** The short-code scene inside a scanned 小程序码's path (…checkin/index?scene=…), or ''. */
export function sceneFromText(text: string): string {
  const match = /[?&#]scene=([^&#]+)/.exec(text)
  const scene = match ? safeDecode(match[1]).trim() : ''
  return CHECKIN_SCENE_PATTERN.test(scene) ? scene : ''
}

/** A page path as routes.ts writes them (leading slash); the server's paths have none. */
export function pagePath(path: string): string {
  return `/${path.replace(/^\/+/, '')}`
}

const WINDOW_MS = CHECKIN_WINDOW_SECONDS * 1000

/**
 * How long the host's screen waits before fetching the next code. On time:
 * just after `rotatesAt`. But `rotatesAt` is the server's clock, and this
 * device's may differ (or the emulator's may be set): when the two disagree by
 * more than a window, every half window instead — the previous window's code
 * stays valid, so a code shown is never stale.
 */
export function nextCodeDelay(rotatesAt: string, nowMs: number): number {
  const until = new Date(rotatesAt).getTime() - nowMs
  if (!Number.isFinite(until) || until <= 0 || until > WINDOW_MS + 1000) return WINDOW_MS / 2
  return Math.max(1000, until + 500)
}
