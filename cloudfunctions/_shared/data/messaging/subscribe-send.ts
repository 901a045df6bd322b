import { fitMessage } from '../../domain/messaging'
import { cloudApp } from '../client'

/** A subscribe message as WeChat's `subscribeMessage.send` takes it, for one recipient. */
export type SubscribeMessage = { touser: string; template_id: string; page: string; data: Record<string, { value: string }> }

/**
 * Sends through the platform's open API (cloud call, no access token of our own); true when WeChat answers errcode 0.
 * Every field is first fitted to its kind (domain/messaging): cut with "…", times in WeChat's form. A message that
 * cannot be fitted is not sent (false, logged), as WeChat would refuse it with 47003.
 */
export async function sendSubscribeMessage(message: SubscribeMessage): Promise<boolean> {
  const fitted = fitMessage(message)
  if (!fitted.ok) {
    console.warn(`[subscribe] 未发送 ${message.template_id}：${fitted.problems.join('；')}`)
    return false
  }
  const reply = (await cloudApp().callWxOpenApi({ apiName: '/cgi-bin/message/subscribe/send', requestData: fitted.message })) as {
    result?: { errcode?: number }
  }
  return reply.result?.errcode === 0
}
