/**
 * Who calls a function. Its own module because both the host (which receives
 * it with each invocation) and env.ts (which turns it into the platform's
 * identity variables) need it, and neither should import the other for it.
 */
export interface CallerIdentity {
  openId?: string
  appId?: string
  uid?: string
  /** Who calls: 'wx_client' (mini-program / gateway), 'scf' (SDK callFunction), 'timer'. */
  source?: string
  clientIp?: string
}
