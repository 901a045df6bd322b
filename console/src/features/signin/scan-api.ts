import { SIGNIN_BROWSER_MAX } from '@contract/signin-api'
import { call } from '../../api/call'
import { signedIn, webAuth } from '../../api/cloudbase'

/**
 * The scan sign-in's calls. The console first signs in anonymously (CloudBase
 * lets an anonymous login call functions, and `signin` only starts and polls
 * a code with one); the code's ticket then replaces that login. A fresh
 * anonymous login per code: whatever login this browser held before (an
 * ended session) is not the one that may start a code.
 */
export function freshAnonymousLogin(): Promise<void> {
  const login = webAuth()
    .signInAnonymously({})
    .then((reply) => signedIn(reply, '匿名登录'))
  anonymousLogin = login.catch(() => undefined)
  return login
}

let anonymousLogin: Promise<void> = Promise.resolve()

/** A ticket sign-in waits for an anonymous login still in flight, which would otherwise replace it when it lands. */
export function anonymousLoginSettled(): Promise<void> {
  return anonymousLogin
}

/** The phone shows the browser that asked, so the member can tell it is their own screen. */
export const startScan = () => call('signin', 'signin.start', { browser: navigator.userAgent.slice(0, SIGNIN_BROWSER_MAX) })
export const pollScan = (code: string) => call('signin', 'signin.poll', { code })
