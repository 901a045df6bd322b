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
