import { STUDY_TEMPLATE_ID } from '../../domain/notices/message'
import { database } from '../client'
import type { SubscriptionDoc } from '../notice-docs'

/**
 * Who a study-notice message can reach now: bound to WeChat (an openid) and
 * with a consent to the study template left (consents are per template; a
 * pooled legacy count not yet migrated is study consent too). One call for a
 * branch (a branch has tens of members).
 */
export async function reachableMemberIds(members: ReadonlyArray<{ _id: string; openid?: string | null }>): Promise<Set<string>> {
  const bound = members.filter((member) => Boolean(member.openid)).map((member) => member._id)
  if (bound.length === 0) return new Set()
  const _ = database().command
  // Legacy pooled `credits` are study consents (LEGACY_POOL_TEMPLATE_ID), until migration 002 moves them.
  const withConsent = [{ [`templates.${STUDY_TEMPLATE_ID}`]: _.gt(0) }, { credits: _.gt(0) }]
  const { data } = await database()
    .collection('subscriptions')
    .where(_.and([{ _id: _.in(bound) }, _.or(withConsent)]))
    .field({ _id: true })
    .limit(bound.length)
    .get()
  return new Set((data as Array<Pick<SubscriptionDoc, '_id'>>).map((doc) => doc._id))
}
