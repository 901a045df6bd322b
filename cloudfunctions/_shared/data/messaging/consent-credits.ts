import { database } from '../client'
import type { SubscriptionDoc } from '../notice-docs'
import { inTransaction } from '../transaction'

/**
 * A member's consents to subscribe messages (the `subscriptions` document,
 * keyed by member id): each accepted request allows one message, whatever
 * the feature.
 */

/** Uses up one consent, if there is one: false (nothing written) without. One transaction, so two sends never share a consent. */
export async function takeConsentCredit(memberId: string): Promise<boolean> {
  const _ = database().command
  return inTransaction(async (txn) => {
    const ref = txn.collection('subscriptions').doc(memberId)
    const consent = (await ref.get()).data as SubscriptionDoc | null
    if (!consent || consent.credits < 1) return false
    await ref.update({ credits: _.inc(-1) })
    return true
  })
}

/** Gives back a consent taken for a message WeChat refused to send. */
export async function returnConsentCredit(memberId: string): Promise<void> {
  await database()
    .collection('subscriptions')
    .doc(memberId)
    .update({ credits: database().command.inc(1) })
}

/** Adds `accepted` consents (after a `requestSubscribeMessage`); the new balance. */
export async function grantConsentCredits(memberId: string, accepted: number, at: Date): Promise<number> {
  return inTransaction(async (txn) => {
    const ref = txn.collection('subscriptions').doc(memberId)
    const current = (await ref.get()).data as SubscriptionDoc | null
    const credits = (current?.credits ?? 0) + accepted
    await ref.set({ credits, updatedAt: at })
    return credits
  })
}
