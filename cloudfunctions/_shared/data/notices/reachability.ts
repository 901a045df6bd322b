import { database } from '../client'
import type { SubscriptionDoc } from '../notice-docs'

/**
 * Who a subscribe message can reach now: bound to WeChat (an openid) and with
 * a consent left. One call for a branch (a branch has tens of members).
 */
export async function reachableMemberIds(members: ReadonlyArray<{ _id: string; openid?: string | null }>): Promise<Set<string>> {
  const bound = members.filter((member) => Boolean(member.openid)).map((member) => member._id)
  if (bound.length === 0) return new Set()
  const { data } = await database()
    .collection('subscriptions')
    .where({ _id: database().command.in(bound), credits: database().command.gt(0) })
    .field({ _id: true })
    .limit(bound.length)
    .get()
  return new Set((data as Array<Pick<SubscriptionDoc, '_id'>>).map((doc) => doc._id))
}
