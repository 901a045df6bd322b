/**
 * Who calls a function. Its own module because both the host (which receives
 * it with each invocation) and env.ts (which turns it into the platform's
 * identity variables) need it, and neither should import the other for it.
 */
export interface CallerIdentity {
  openId?: string
  appId?: string
  uid?: string
  /** A web caller's custom-login uid (TCB_CUSTOM_USER_ID); absent for anonymous and mini-program callers. */
  customUserId?: string
  /** A web caller signed in anonymously (TCB_ISANONYMOUS_USER). */
  anonymous?: boolean
  /** Who calls: 'wx_client' (mini-program / gateway), 'web_client' (js-sdk), 'scf' (SDK callFunction), 'timer'. */
  source?: string
  clientIp?: string
}
