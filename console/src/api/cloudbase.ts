import cloudbase from '@cloudbase/js-sdk/app'
import { registerAuth } from '@cloudbase/js-sdk/auth'
import { registerFunctions } from '@cloudbase/js-sdk/functions'
import { ApiError } from './errors'

/**
 * The one CloudBase web app of the console. Only the modules it uses are
 * registered (login and functions), so the first page stays small.
 *
 * Against the emulator (the development build) the SDK's GATEWAY endpoint is
 * the page's own origin: the emulator serves the console and speaks the web
 * SDK's protocol on the same port. The deployed console talks to CloudBase.
 */
/** What the console uses of the SDK's app and auth (their published types are namespaces the bundle does not expose). */
export interface WebLoginState {
  user?: { uid?: string } | null
}
/** The v3 SDK answers sign-ins with { data, error } instead of throwing. */
export interface SignInReply {
  error?: unknown
}
export interface WebAuth {
  signInAnonymously(data?: Record<string, unknown>): Promise<SignInReply>
  signInWithCustomTicket(getTicket: () => Promise<string>): Promise<SignInReply>
  getLoginState(): Promise<WebLoginState | null>
  signOut(): Promise<unknown>
}
export interface WebApp {
  auth(options?: { persistence: 'local' | 'session' | 'none' }): WebAuth
  callFunction(options: { name: string; data: unknown }): Promise<{ result?: unknown; requestId?: string }>
  registerEndPointWithKey?(props: { key: string; url: string; protocol: 'http:' | 'https:' }): void
}

export const DEV_BUILD = __CONSOLE_DEV__
export const CLOUDBASE_ENV = __CLOUDBASE_ENV__

let app: WebApp | null = null
let auth: WebAuth | null = null

export function webApp(): WebApp {
  if (app) return app
  registerAuth(cloudbase)
  registerFunctions(cloudbase)
  const created = cloudbase.init({ env: CLOUDBASE_ENV }) as unknown as WebApp // the SDK's namespace type, narrowed to what we call
  if (DEV_BUILD && created.registerEndPointWithKey) {
    created.registerEndPointWithKey({ key: 'GATEWAY', url: `//${window.location.host}`, protocol: window.location.protocol === 'https:' ? 'https:' : 'http:' })
  }
  app = created
  return created
}

/** Login state kept in localStorage: a refresh keeps the session; 退出登录 ends it. */
export function webAuth(): WebAuth {
  if (!auth) auth = webApp().auth({ persistence: 'local' })
  return auth
}

/** Throws when the SDK answered a sign-in with an error (it resolves rather than rejects). */
export function signedIn(reply: SignInReply, what: string): void {
  if (reply?.error) {
    const message = (reply.error as { message?: unknown }).message
    throw new ApiError('SIGNED_OUT', `${what}失败${typeof message === 'string' && message ? `：${message}` : ''}，请重试`)
  }
}
