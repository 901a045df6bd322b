import { returnConsentCredit, takeConsentCredit } from '../data/messaging/consent-credits'
import { sendSubscribeMessage, type SubscribeMessage } from '../data/messaging/subscribe-send'

export type { SubscribeMessage }

export interface Recipient {
  memberId: string
  openId: string | undefined
}

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
  if (await sendSubscribeMessage(message(recipient.openId))) return true
  await returnConsentCredit(recipient.memberId)
  return false
}
