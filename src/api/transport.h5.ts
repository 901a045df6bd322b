import { wireErrorCode } from './error-codes'
import { ApiError } from './errors'
import { getDemoOpenId, settleDemoIdentity } from './demo-identity'
import type { Transport } from './types'

// H5 never uses Taro.cloud: there it resolves with only { errMsg } and no
// result, silently. The emulator's gateway stands in for CloudBase, and the
// x-demo-openid header stands in for the OPENID WeChat would attach.
const FUNCTIONS_URL = '/gateway/functions/'

interface GatewayReply {
  result?: unknown
  error?: { code?: unknown; message?: unknown }
}

export const send: Transport = async (name, event) => {
  // Who is acting is settled first (the dev bar's choice, or the first demo
  // account): a call made before that would go out as nobody.
  await settleDemoIdentity().catch(() => undefined)
  let res: Response
  try {
    res = await fetch(FUNCTIONS_URL + encodeURIComponent(name), {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-demo-openid': getDemoOpenId() },
      body: JSON.stringify(event)
    })
  } catch (cause) {
    throw new ApiError('NETWORK', '网络连接失败，请检查网络后重试', { cause })
  }

  let reply: GatewayReply | undefined
  try {
    reply = (await res.json()) as GatewayReply
  } catch {
    reply = undefined
  }

  if (!res.ok || !reply || !('result' in reply)) {
    const error = reply?.error
    const code = typeof error?.code === 'string' ? wireErrorCode(error.code) : (`HTTP_${res.status}` as const)
    const message = typeof error?.message === 'string' && error.message ? error.message : `服务暂时不可用（${res.status}），请稍后重试`
    throw new ApiError(code, message)
  }
  return reply.result
}
