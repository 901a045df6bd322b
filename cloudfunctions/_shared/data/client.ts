import tcb from '@cloudbase/node-sdk'

type App = ReturnType<typeof tcb.init>

let app: App | undefined

/**
 * The one place that creates the SDK client. Inside a function it uses the
 * current environment and the platform's credentials exactly as on CloudBase;
 * locally the emulator's function host provides the same environment, so this
 * code cannot tell the difference. `keepalive`: inside a function the SDK
 * otherwise opens a new connection for every call (tcbapirequester.js turns
 * it on by default only outside SCF); a warm instance reuses them.
 */
export function cloudApp(): App {
  app ??= tcb.init({ env: tcb.SYMBOL_CURRENT_ENV, keepalive: true })
  return app
}

export function database(): ReturnType<App['database']> {
  return cloudApp().database()
}

/** The caller's identity, injected by the platform; never taken from the request body. */
export function callerOpenId(): string {
  return cloudApp().auth().getUserInfo().openId
}

/**
 * True only when the platform itself started this invocation from a timer
 * trigger: SCF sets TRIGGER_SRC=timer in the invocation's context (the SDK reads
 * it the same way to pick the timer's WeChat token, node-sdk
 * src/utils/wxCloudToken.ts). A client controls the event, never this variable.
 */
export function invokedByTimer(): boolean {
  return tcb.getCloudbaseContext().TRIGGER_SRC === 'timer'
}

/** Who calls, as the platform injected it: a mini-program user (OPENID) or a web user of the js-sdk (uid, custom-login uid, anonymous). */
export interface PlatformCaller {
  openId: string
  /** CloudBase's user id of a web caller (TCB_UUID). */
  uid: string
  /** The custom-login uid a web caller signed in with (TCB_CUSTOM_USER_ID): a member's `_id` for the console. */
  customUserId: string
  anonymous: boolean
  /** 'wx_client', 'web_client', … (TCB_SOURCE). */
  source: string
  /** A web caller's address as the platform saw it (TCB_SOURCE_IP); '' when unknown. */
  clientIp: string
}

export function platformCaller(): PlatformCaller {
  const info = cloudApp().auth().getUserInfo()
  const context = tcb.getCloudbaseContext() as { TCB_SOURCE?: string; TCB_SOURCE_IP?: string }
  return {
    openId: info.openId,
    uid: info.uid,
    customUserId: info.customUserId,
    anonymous: info.isAnonymous,
    source: context.TCB_SOURCE ?? '',
    clientIp: context.TCB_SOURCE_IP ?? ''
  }
}
