import { createHash, createHmac } from 'node:crypto'

/**
 * Short codes for 小程序码 (`wxacode.getUnlimited`). WeChat's scanner opens a
 * 小程序码 straight into a page, but the code carries no query: only `scene`,
 * at most 32 visible characters from digits, letters and !#$&'()*+,/:;=?@-._~
 * (no `%`, so nothing URL-encoded). A check-in token (`<meetingId>.<window>.<sig>`)
 * does not fit, and an invite's join path has a query; so the functions store a
 * short code (collection `shortCodes`, id = the scene) that maps the scene back,
 * and the page resolves it when it opens.
 *
 * A scene is one kind letter and 24 base64url characters (A–Z a–z 0–9 - _, all
 * in WeChat's set): 144 bits, so guessing a live scene is impractical, and the
 * same input always gives the same scene, so a retried mint writes the same
 * document (idempotent) and returns the same scene.
 *
 * - Invite (`i…`): a hash of the invite code. The scene is no more secret than
 *   the code it stands for (the QR hands the code to whoever holds it, exactly
 *   as the 8-character code on the screen does); it cannot be computed without
 *   knowing the code, and it expires with the invite.
 * - Check-in (`c…`): an HMAC, keyed with the check-in secret, of the meeting and
 *   the 30-second window. Why per (meeting, window) and keyed: the rotating
 *   token's point is that only someone looking at the host's screen now can
 *   check in. A scene that stood for the meeting (resolved to whatever token is
 *   current at scan time) would turn one photo into a check-in link that works
 *   all meeting long; an unkeyed hash of (meeting, window) could be computed by
 *   any member who knows the meeting id, from home. So the scene is minted when
 *   `checkin.code` issues the window's token, stores that token, and resolves
 *   only while the token itself verifies (its window and the next, as the QR's
 *   token did); after that the short code is dead, like a photographed token.
 */
export type SceneKind = 'invite' | 'checkin' | 'login'

export const SCENE_PREFIX: Record<SceneKind, string> = { invite: 'i', checkin: 'c', login: 'l' }

/** WeChat's limit and alphabet for `scene`. */
export const SCENE_MAX_LENGTH = 32
export const SCENE_ALLOWED = /^[0-9A-Za-z!#$&'()*+,/:;=?@\-._~]{1,32}$/

const DIGEST_CHARS = 24
const SCENE_PATTERN = /^([icl])([A-Za-z0-9_-]{24})$/
const KIND_BY_PREFIX: Record<string, SceneKind> = { i: 'invite', c: 'checkin', l: 'login' }

export function inviteScene(code: string): string {
  return SCENE_PREFIX.invite + createHash('sha256').update(`ps-scene:invite:${code}`).digest('base64url').slice(0, DIGEST_CHARS)
}

export function checkinScene(meetingId: string, window: number, secret: string): string {
  return SCENE_PREFIX.checkin + createHmac('sha256', secret).update(`ps-scene:checkin:${meetingId}.${window}`).digest('base64url').slice(0, DIGEST_CHARS)
}

/**
 * Console sign-in (`l…`, signin feature): 18 random bytes the caller draws, so
 * the scene cannot be guessed; it stands for one sign-in request and dies with
 * it (2 minutes, once).
 */
export function loginScene(random: Uint8Array): string {
  if (random.length < 18) throw new RangeError('loginScene: needs 18 random bytes')
  return SCENE_PREFIX.login + Buffer.from(random).toString('base64url').slice(0, DIGEST_CHARS)
}

/** The kind of a well-formed scene, or null for anything else (a bare invite code, a typo, a forged string). */
export function sceneKind(scene: string): SceneKind | null {
  const match = SCENE_PATTERN.exec(scene)
  if (!match) return null
  return KIND_BY_PREFIX[match[1]] ?? null
}

/** WeChat's rules for `scene` (the emulator and the functions agree on them). */
export function isValidScene(scene: string): boolean {
  return SCENE_ALLOWED.test(scene)
}
