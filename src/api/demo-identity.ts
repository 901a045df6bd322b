import type { DemoUser } from '@contract/demo-users'
import { ApiError } from './errors'

// The acting demo user in H5 (chosen with the dev user switcher). On weapp the
// identity is WeChat's own, so every function here is a no-op there and the
// minifier drops the H5 branches.
const STORAGE_KEY = 'ps.demoOpenId'
const DEMO_USERS_URL = '/gateway/demo-users'

type Listener = (openId: string) => void
const listeners = new Set<Listener>()

export type { DemoUser }

export function getDemoOpenId(): string {
  if (process.env.TARO_ENV !== 'h5') return ''
  try {
    return window.localStorage.getItem(STORAGE_KEY) ?? ''
  } catch {
    return '' // storage disabled (private mode): act as the gateway's default user
  }
}

export function setDemoOpenId(openId: string): void {
  if (process.env.TARO_ENV !== 'h5') return
  try {
    window.localStorage.setItem(STORAGE_KEY, openId)
  } catch {
    // Still notify: this tab switches even if the choice cannot be remembered.
  }
  listeners.forEach((listener) => listener(openId))
}

/** Returns the unsubscribe function. */
export function onDemoOpenIdChange(listener: Listener): () => void {
  listeners.add(listener)
  return () => {
    listeners.delete(listener)
  }
}

let settling: Promise<DemoUser[]> | null = null

/**
 * The emulator's demo users, once per page load, and the acting one settled
 * among them: a fresh browser (or one remembering a user the emulator no
 * longer offers) acts as the first account, as WeChat always knows who is
 * calling. The H5 transport waits for this before its first call, so no call
 * goes out as nobody (a 401) while the dev bar is still loading. A failed
 * load is not remembered: the next caller asks again.
 */
export function settleDemoIdentity(): Promise<DemoUser[]> {
  if (process.env.TARO_ENV !== 'h5') return Promise.resolve([])
  if (!settling) {
    settling = loadDemoUsers().then((users) => {
      if (users.length > 0 && !users.some((user) => user.openId === getDemoOpenId())) setDemoOpenId(users[0].openId)
      return users
    })
    settling.catch(() => {
      settling = null
    })
  }
  return settling
}

async function loadDemoUsers(): Promise<DemoUser[]> {
  let res: Response
  try {
    res = await fetch(DEMO_USERS_URL)
  } catch (cause) {
    throw new ApiError('NETWORK', '无法连接本地模拟器', { cause })
  }
  if (!res.ok) throw new ApiError(`HTTP_${res.status}`, `获取演示用户失败（${res.status}）`)
  const body = (await res.json()) as { users?: DemoUser[] }
  return Array.isArray(body.users) ? body.users : []
}
