import { cloudApp } from '../client'

/** A subscribe message as WeChat's `subscribeMessage.send` takes it, for one recipient. */
export type SubscribeMessage = { touser: string; template_id: string; page: string; data: Record<string, { value: string }> }

/** Sends through the platform's open API (cloud call, no access token of our own); true when WeChat answers errcode 0. */
export async function sendSubscribeMessage(message: SubscribeMessage): Promise<boolean> {
  const reply = (await cloudApp().callWxOpenApi({ apiName: '/cgi-bin/message/subscribe/send', requestData: message })) as { result?: { errcode?: number } }
  return reply.result?.errcode === 0
}
