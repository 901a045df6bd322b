import { SUBSCRIBE_TEMPLATES } from '../../domain/messaging/templates'
import type { SubscriptionDoc } from '../notice-docs'
import { inTransaction } from '../transaction'

/**
 * A member's consents to subscribe messages (the `subscriptions` document,
 * keyed by member id), kept per template as WeChat counts them: each
 * accepted request for template T allows one message of template T, and
 * never one of another template.
 *
 * Documents written before consents were per template hold one pooled
 * `credits` count; only the study-notice template was ever asked, so those
 * are study-notice consents. Migration 002 moves them; until it has run,
 * every write here moves them the same way (and drops `credits`), so a
 * document is never counted twice.
 */

/** The only template the client asked before consents were per template. */
export const LEGACY_POOL_TEMPLATE_ID: string = SUBSCRIBE_TEMPLATES.studyNotice.id

/** The credits per template of a stored document, legacy pooled credits moved to the study template. */
export function creditsOf(doc: Pick<SubscriptionDoc, 'templates' | 'credits'> | null): Record<string, number> {
  const templates: Record<string, number> = { ...(doc?.templates ?? {}) }
  if (typeof doc?.credits === 'number' && doc.credits > 0) {
    templates[LEGACY_POOL_TEMPLATE_ID] = (templates[LEGACY_POOL_TEMPLATE_ID] ?? 0) + doc.credits
  }
  return templates
}

/** Changes one template's credits by `delta` in one transaction; null (nothing written) when that would go below zero. */
async function changeCredits(memberId: string, deltas: Record<string, number>, at: Date | null): Promise<Record<string, number> | null> {
  return inTransaction(async (txn) => {
    const ref = txn.collection('subscriptions').doc(memberId)
    const current = (await ref.get()).data as SubscriptionDoc | null
    const templates = creditsOf(current)
    for (const [templateId, delta] of Object.entries(deltas)) {
      const next = (templates[templateId] ?? 0) + delta
      if (next < 0) return null
      templates[templateId] = next
    }
    // `set` replaces the document: a legacy `credits` field is gone, its credits are in `templates`.
    await ref.set({ templates, updatedAt: at ?? current?.updatedAt ?? new Date(0) })
    return templates
  })
}

/** Uses up one consent to `templateId`, if there is one: false (nothing written) without. One transaction, so two sends never share a consent. */
export async function takeConsentCredit(memberId: string, templateId: string): Promise<boolean> {
  return (await changeCredits(memberId, { [templateId]: -1 }, null)) !== null
}

/** Gives back a consent to `templateId` taken for a message WeChat refused to send. */
export async function returnConsentCredit(memberId: string, templateId: string): Promise<void> {
  await changeCredits(memberId, { [templateId]: 1 }, null)
}

/** Adds one consent per accepted template (after a `requestSubscribeMessage`); the new balance per template. */
export async function grantConsentCredits(memberId: string, templateIds: readonly string[], at: Date): Promise<Record<string, number>> {
  const deltas: Record<string, number> = {}
  for (const templateId of new Set(templateIds)) deltas[templateId] = 1
  return (await changeCredits(memberId, deltas, at)) ?? {}
}
