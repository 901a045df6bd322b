import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { gzipSync } from 'node:zlib'
import { buildConsole } from '../build-console'

/**
 * The PC console's bench figures (issue 15): what its first page costs to
 * load, and the dashboard call as the console makes it — the unmodified web
 * SDK's callFunction with its bearer token, after a real scan sign-in.
 */

/** Gzipped JS + CSS the sign-in page loads (the production build's entry and its static imports), in KB. */
export async function consoleFirstLoadKB(): Promise<{ kb: number; files: number }> {
  const outDir = mkdtempSync(path.join(os.tmpdir(), 'party-study-bench-console-'))
  try {
    const built = await buildConsole({ outDir, production: true })
    const bytes = built.firstLoad.reduce((sum, file) => sum + gzipSync(readFileSync(path.join(outDir, file)), { level: 9 }).length, 0)
    return { kb: Math.round((bytes / 1024) * 10) / 10, files: built.firstLoad.length }
  } finally {
    rmSync(outDir, { recursive: true, force: true })
  }
}

interface SdkAuth {
  signInAnonymously(params: Record<string, unknown>): Promise<{ error: unknown }>
  signInWithCustomTicket(getTicket: () => Promise<string>): Promise<{ error: unknown }>
}
interface SdkApp {
  auth(): SdkAuth
  callFunction(options: { name: string; data: unknown }): Promise<{ result: unknown }>
  registerEndPointWithKey(props: { key: string; url: string; protocol: 'http:' }): void
}
type Reply<T> = { ok: true; data: T } | { ok: false; error: { code: string; message: string } }

/**
 * A console session for `openId` on the emulator at `url`: the SDK signs in
 * anonymously, starts a code, the phone (the gateway, as that WeChat user)
 * confirms it, and the ticket from the poll signs the SDK in. Returns the
 * console's way to call a function.
 */
export async function consoleSession(url: string, openId: string): Promise<<T>(name: string, action: string, payload: unknown) => Promise<T>> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- the SDK's Node build, loaded once per bench run
  const cloudbase = require('@cloudbase/js-sdk') as { init(config: { env: string }): SdkApp }
  const app = cloudbase.init({ env: 'local' })
  app.registerEndPointWithKey({ key: 'GATEWAY', url: url.replace(/^https?:/, ''), protocol: 'http:' })
  const auth = app.auth()
  const call = async <T>(name: string, action: string, payload: unknown): Promise<T> => {
    const reply = (await app.callFunction({ name, data: { action, payload } })).result as Reply<T>
    if (!reply.ok) throw new Error(`${name}/${action}: ${reply.error.code} ${reply.error.message}`)
    return reply.data
  }
  const anonymous = await auth.signInAnonymously({})
  if (anonymous.error) throw new Error(`匿名登录失败：${JSON.stringify(anonymous.error)}`)
  const started = await call<{ code: string; scene: string }>('signin', 'signin.start', { browser: 'bench' })
  const confirmed = await fetch(`${url}/gateway/functions/signin`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-demo-openid': openId },
    body: JSON.stringify({ action: 'signin.confirm', payload: { scene: started.scene } })
  })
  const confirmation = ((await confirmed.json()) as { result: Reply<unknown> }).result
  if (!confirmation.ok) throw new Error(`signin.confirm: ${confirmation.error.message}`)
  const { ticket } = await call<{ ticket?: string }>('signin', 'signin.poll', { code: started.code })
  if (!ticket) throw new Error('signin.poll 没有返回登录票据')
  const signedIn = await auth.signInWithCustomTicket(async () => ticket)
  if (signedIn.error) throw new Error(`票据登录失败：${JSON.stringify(signedIn.error)}`)
  return call
}
