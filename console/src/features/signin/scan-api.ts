import { SIGNIN_BROWSER_MAX } from '@contract/signin-api'
import { call } from '../../api/call'
import { webAuth } from '../../api/cloudbase'

/**
 * The scan sign-in's calls. The console first signs in anonymously (CloudBase
 * lets an anonymous login call functions, and `signin` only starts and polls
 * a code with one); the code's ticket then replaces that login. A fresh
 * anonymous login per code: whatever login this browser held before (an
 * ended session) is not the one that may start a code.
 */
export async function freshAnonymousLogin(): Promise<void> {
  await webAuth().signInAnonymously({})
}

/** The phone shows the browser that asked, so the member can tell it is their own screen. */
export const startScan = () => call('signin', 'signin.start', { browser: navigator.userAgent.slice(0, SIGNIN_BROWSER_MAX) })
export const pollScan = (code: string) => call('signin', 'signin.poll', { code })
