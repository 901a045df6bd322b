import { returnConsentCredit, takeConsentCredit } from '../data/messaging/consent-credits'
import { sendSubscribeMessage, type SubscribeMessage } from '../data/messaging/subscribe-send'

export type { SubscribeMessage }

export interface Recipient {
  memberId: string
  openId: string | undefined
}

/**
 * Sends one subscribe message if the member has a consent left for its
 * template (the message's `template_id`), using that consent up. WeChat
 * counts consent per template, so a consent to one template never pays for
 * another. Returns false (and sends nothing) without such a consent or a
 * bound WeChat account; WeChat refusing (e.g. 43101) also returns false, and
 * the consent is given back to the same template.
 */
export async function sendWithConsent(recipient: Recipient, message: (openId: string) => SubscribeMessage): Promise<boolean> {
  if (!recipient.openId) return false
  const built = message(recipient.openId)
  if (!(await takeConsentCredit(recipient.memberId, built.template_id))) return false
  if (await sendSubscribeMessage(built)) return true
  await returnConsentCredit(recipient.memberId, built.template_id)
  return false
}
