import { cloudApp } from '../data/client'
import { returnConsentCredit, takeConsentCredit } from '../data/messaging/consent-credits'

export interface Recipient {
  memberId: string
  openId: string | undefined
}

/** A subscribe message as WeChat's `subscribeMessage.send` takes it, for one recipient. */
export type SubscribeMessage = { touser: string; template_id: string; page: string; data: Record<string, { value: string }> }

/**
 * Sends one subscribe message if the member has a consent left, using it up.
 * Consents are the member's, whatever the feature: each accepted request
 * allows one message. Returns false (and sends nothing) without consent or a
 * bound WeChat account; WeChat refusing (e.g. 43101) also returns false, and
 * the consent is kept.
 */
export async function sendWithConsent(recipient: Recipient, message: (openId: string) => SubscribeMessage): Promise<boolean> {
  if (!recipient.openId) return false
  if (!(await takeConsentCredit(recipient.memberId))) return false
  const reply = (await cloudApp().callWxOpenApi({ apiName: '/cgi-bin/message/subscribe/send', requestData: message(recipient.openId) })) as { result?: { errcode?: number } }
  if (reply.result?.errcode === 0) return true
  await returnConsentCredit(recipient.memberId)
  return false
}
