import tcb from '@cloudbase/node-sdk'
import { CUSTOM_LOGIN_KEY_VARIABLE, customLoginKeySchema, type CustomLoginKeyFile } from '../../runtime/custom-login-key'
import { AppFailure } from '../../runtime/errors'

/**
 * A CloudBase custom-login ticket for a member (`auth().createTicket(uid)`,
 * the uid being the member's `_id`), signed with the environment's
 * custom-login key: the key file the CloudBase console lets you download,
 * set by the deploy as PS_CUSTOM_LOGIN_KEY (the emulator injects its own per
 * data folder). No key → CONFIG_MISSING, naming the variable only.
 */

type TicketApp = ReturnType<typeof tcb.init>
let app: TicketApp | undefined
let appKey = ''

function ticketApp(): TicketApp {
  const raw = process.env[CUSTOM_LOGIN_KEY_VARIABLE] ?? ''
  let credentials: CustomLoginKeyFile
  try {
    credentials = customLoginKeySchema.parse(JSON.parse(raw))
  } catch {
    throw new AppFailure('CONFIG_MISSING', `服务尚未配置自定义登录私钥（环境变量 ${CUSTOM_LOGIN_KEY_VARIABLE}），请联系管理员重新部署`)
  }
  if (!app || appKey !== raw) {
    app = tcb.init({ env: tcb.SYMBOL_CURRENT_ENV, credentials })
    appKey = raw
  }
  return app
}

export function createConsoleTicket(memberId: string): string {
  return ticketApp().auth().createTicket(memberId)
}
