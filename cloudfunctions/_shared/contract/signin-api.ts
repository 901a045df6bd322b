import type { WhoamiMember } from './me'
import type { Role } from './org'

/**
 * The `signin` function: signing in to the PC console (管理端) by scanning a
 * 小程序码 with WeChat, and the console's session.
 *
 * 1. The console signs in anonymously with the web SDK and calls
 *    `signin.start`: a one-time request (2 minutes, once) with a short code
 *    shown on the screen and a 小程序码 whose scene names it.
 * 2. A staff member scans it; the mini-program page shows where the request
 *    came from (`signin.describe`) and asks 在电脑上登录管理端？; 确认登录 is
 *    `signin.confirm` (the caller must hold a console role), 取消 `signin.cancel`.
 * 3. The console, polling with `signin.poll`, receives once a CloudBase
 *    custom-login ticket whose uid is the member's id, and signs in with it.
 *
 * Every web call then resolves the member and their current roles from that
 * uid; the session ends after CONSOLE_IDLE_HOURS without a call, or on
 * `signin.signOut` (everywhere), and every later web call answers
 * SESSION_ENDED until the next scan.
 */
export const SIGNIN_FUNCTION = 'signin'

/** Roles that may use the console: the 组织部, 党总支书记, 支部书记 and the branch committee (支委委员, 组织委员). */
export const CONSOLE_ROLES: Role[] = ['org_department', 'general_branch_secretary', 'branch_secretary', 'organizer', 'branch_committee']

/** A sign-in request lives this long and works once. */
export const SIGNIN_REQUEST_SECONDS = 120
/** A console session ends after this long without a call. */
export const CONSOLE_IDLE_HOURS = 8
/** The shown code: this many characters from SIGNIN_CODE_ALPHABET (no 0/O, 1/I). */
export const SIGNIN_CODE_LENGTH = 6
export const SIGNIN_CODE_ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789'
/** The browser's own description of itself (navigator.userAgent, shortened by the console), shown on the phone as told. */
export const SIGNIN_BROWSER_MAX = 200

/** Sign-in codes one address may ask for in START_WINDOW_MINUTES (a console asks one every 2 minutes at most). */
export const SIGNIN_STARTS_PER_WINDOW = 30
export const SIGNIN_START_WINDOW_MINUTES = 10

/** The mini-program page a sign-in 小程序码 opens (scene = the request's scene). */
export const SIGNIN_CONFIRM_PAGE = 'packages/signin/pages/confirm/index'

export type SigninState = 'waiting' | 'scanned' | 'confirmed' | 'expired'

export interface SigninStartResult {
  /** Shown beside the code; the phone shows it too, so the member can check they confirm this screen. */
  code: string
  scene: string
  /** The platform's 小程序码 (PNG, base64), or null when WeChat refused (the screen then shows the code only). */
  wxaCode: { scene: string; png: string } | null
  /** Epoch milliseconds. */
  expiresAt: number
}

export interface SigninPollResult {
  state: SigninState
  /** Present exactly once: on the first poll after the member confirmed. */
  ticket?: string
}

export interface SigninDescription {
  code: string
  /** As the browser described itself; not verified. */
  browser: string
  /** The address the request came from, as the platform saw it ('' if unknown). */
  ip: string
  /** Epoch milliseconds. */
  requestedAt: number
  expiresAt: number
  state: SigninState
  /** Whether the caller holds a role that may use the console (else the page explains instead of offering 确认登录). */
  allowed: boolean
}

export interface ConsoleSession {
  /** The same shape as me.whoami's member: name, unit, roles, and the units the member manages with what they may do there. */
  member: WhoamiMember
  /** Epoch milliseconds of this session's start (the scan). */
  startedAt: number
  idleHours: number
}

export interface SigninActions {
  /** Anonymous web login only. `browser`: navigator.userAgent or a short form of it. */
  'signin.start': { payload: { browser?: string }; result: SigninStartResult }
  /** Anonymous web login only, and only the login that started it. */
  'signin.poll': { payload: { code: string }; result: SigninPollResult }
  /** Mini-program: what the scanned code is (marks the request scanned). */
  'signin.describe': { payload: { scene: string }; result: SigninDescription }
  /** Mini-program, a member holding a console role: lets that browser in as the caller. */
  'signin.confirm': { payload: { scene: string }; result: { ok: true } }
  /** Mini-program: refuses the request (the console then sees it expired). */
  'signin.cancel': { payload: { scene: string }; result: { ok: true } }
  /** Web, signed in by ticket: who is signed in, for the console's header and menus. */
  'signin.session': { payload: Record<string, never>; result: ConsoleSession }
  /** Web, signed in by ticket: ends the member's console session in every browser. Succeeds even if it had ended. */
  'signin.signOut': { payload: Record<string, never>; result: { ok: true } }
}

export type SigninAction = keyof SigninActions
