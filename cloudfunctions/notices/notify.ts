import { cloudApp, database } from '../_shared/data/client'
import type { SubscriptionDoc } from '../_shared/data/notice-docs'
import { inTransaction } from '../_shared/data/transaction'
import { studyMessage, type MessageKind } from '../_shared/domain/notices/message'

export interface Recipient {
  memberId: string
  openId: string | undefined
}

/**
 * Sends one subscribe message if the member has a consent left, using it up.
 * Returns false (and sends nothing) without consent or a bound WeChat account;
 * WeChat refusing (e.g. 43101) also returns false, and the consent is kept.
 */
export async function sendWithConsent(recipient: Recipient, kind: MessageKind, content: { noticeId: string; title: string; date: string | null; note?: string }): Promise<boolean> {
  if (!recipient.openId) return false
  const _ = database().command
  const reserved = await inTransaction(async (txn) => {
    const ref = txn.collection('subscriptions').doc(recipient.memberId)
    const consent = (await ref.get()).data as SubscriptionDoc | null
    if (!consent || consent.credits < 1) return false
    await ref.update({ credits: _.inc(-1) })
    return true
  })
  if (!reserved) return false
  const reply = (await cloudApp().callWxOpenApi({ apiName: '/cgi-bin/message/subscribe/send', requestData: studyMessage(kind, { openId: recipient.openId, ...content }) })) as { result?: { errcode?: number } }
  if (reply.result?.errcode === 0) return true
  await database().collection('subscriptions').doc(recipient.memberId).update({ credits: _.inc(1) })
  return false
}
