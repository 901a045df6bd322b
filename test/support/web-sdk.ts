import type { Result } from '../../cloudfunctions/_shared/contract/envelope'
import type { ActionOf, FunctionName, PayloadOf, ResultOf } from './gateway'

/**
 * One browser running the UNMODIFIED `@cloudbase/js-sdk` (3.7.0) against an
 * emulator, the way the console does: `init({ env })`, the GATEWAY endpoint
 * registered to the emulator, `auth()` for sign-in, `callFunction` for calls.
 *
 * The SDK's Node build is used (its `exports` pick it under Node): the same
 * auth, oauth and functions code as the browser build, with a Node request
 * adapter and an in-memory storage instead of XMLHttpRequest/fetch and
 * localStorage. Each browser is its own copy of the SDK's modules
 * (jest.isolateModules), because the SDK keeps its endpoints, request clients
 * and stored credentials in module-level state keyed by env: two browsers of
 * env `local` in one module registry would share one login.
 */
interface SdkAuth {
  signInAnonymously(params: Record<string, unknown>): Promise<{ error: unknown; data?: { user?: { id?: string } } }>
  signInWithCustomTicket(getTicket: () => Promise<string>): Promise<{ error: unknown; data?: { user?: { id?: string } } }>
  getSession(): Promise<{ data?: { session?: { access_token?: string } | null } }>
  signOut(): Promise<unknown>
}
interface SdkApp {
  auth(options?: Record<string, unknown>): SdkAuth
  callFunction(options: { name: string; data: unknown }): Promise<{ result: unknown }>
  registerEndPointWithKey(props: { key: string; url: string; protocol: 'http' | 'https' | 'http:' | 'https:' }): void
}

export interface WebBrowser {
  app: SdkApp
  auth: SdkAuth
  /** The function's Result envelope (the SDK throws for platform refusals: no login, bad token). */
  call<F extends FunctionName, A extends ActionOf<F>>(fn: F, action: A, payload: PayloadOf<F, A>): Promise<Result<ResultOf<F, A>>>
  /** The action's data; a failed call throws with the function's code in the message. */
  ok<F extends FunctionName, A extends ActionOf<F>>(fn: F, action: A, payload: PayloadOf<F, A>): Promise<ResultOf<F, A>>
  accessToken(): Promise<string | undefined>
}

export function webBrowser(port: number): WebBrowser {
  let cloudbase: { init(config: { env: string }): SdkApp } | undefined
  jest.isolateModules(() => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- a fresh copy of the SDK's module state per browser
    cloudbase = require('@cloudbase/js-sdk') as { init(config: { env: string }): SdkApp }
  })
  const app = (cloudbase as NonNullable<typeof cloudbase>).init({ env: 'local' })
  app.registerEndPointWithKey({ key: 'GATEWAY', url: `//127.0.0.1:${port}`, protocol: 'http:' })
  const auth = app.auth()
  async function call<F extends FunctionName, A extends ActionOf<F>>(fn: F, action: A, payload: PayloadOf<F, A>): Promise<Result<ResultOf<F, A>>> {
    const reply = await app.callFunction({ name: fn, data: { action, payload } })
    return reply.result as Result<ResultOf<F, A>>
  }
  async function ok<F extends FunctionName, A extends ActionOf<F>>(fn: F, action: A, payload: PayloadOf<F, A>): Promise<ResultOf<F, A>> {
    const result = await call(fn, action, payload)
    if (!result.ok) throw new Error(`${fn}/${action}: ${result.error.code} ${result.error.message}`)
    return result.data
  }
  async function accessToken(): Promise<string | undefined> {
    return (await auth.getSession()).data?.session?.access_token
  }
  return { app, auth, call, ok, accessToken }
}
