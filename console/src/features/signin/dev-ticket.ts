import type { DemoUser } from '@contract/demo-users'
import { ApiError } from '../../api/errors'

export type { DemoUser }

/**
 * The development shortcut's two requests to the emulator (never present in
 * the production build: the page only calls these under DEV_BUILD). The
 * ticket is an ordinary custom-login ticket, signed with the emulator's key,
 * for the member bound to that openid; signing in with it is the same
 * `signInWithCustomTicket` the scan sign-in ends with.
 */
export async function loadDemoUsers(): Promise<DemoUser[]> {
  const res = await fetch('/gateway/demo-users').catch(() => null)
  if (!res?.ok) throw new ApiError('NETWORK', '无法获取演示用户（本地模拟器未响应）')
  const body = (await res.json()) as { users?: DemoUser[] }
  return Array.isArray(body.users) ? body.users : []
}

export async function demoTicket(openId: string): Promise<string> {
  const res = await fetch('/_emulator/demo-ticket', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ openId })
  }).catch(() => null)
  const body = res ? ((await res.json().catch(() => ({}))) as { ticket?: unknown; error?: { message?: string } }) : {}
  if (!res?.ok || typeof body.ticket !== 'string') throw new ApiError('CALL_FAILED', body.error?.message ?? '无法为该演示用户签发登录票据')
  return body.ticket
}
