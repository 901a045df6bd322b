// The acting demo user in H5 (chosen with the dev user switcher). On weapp the
// identity is WeChat's own, so every function here is a no-op there and the
// minifier drops the H5 branches.
const STORAGE_KEY = 'ps.demoOpenId'

type Listener = (openId: string) => void
const listeners = new Set<Listener>()

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
