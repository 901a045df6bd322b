import { database } from '../client'
import type { PendingFollow } from '../membership-follow'
import type { AuditDoc, MemberDoc } from '../org-docs'
import { inTransaction } from '../transaction'

/**
 * Creates those of `candidates` that still do not exist, and counts them on
 * their branches, all or nothing. Each candidate is read inside the
 * transaction: one created meanwhile by a concurrent import makes this
 * transaction conflict and start over (inTransaction), and on the next run it
 * is `found` (with its unit path) instead of created twice. A conflict that
 * outlasts the retries is rethrown (see isConflict): nothing was written.
 */
export async function createMissingMembers(
  candidates: MemberDoc[],
  change: PendingFollow,
  auditFor: (created: number) => AuditDoc
): Promise<{ created: number; found: Map<string, string> }> {
  const _ = database().command
  return inTransaction(async (txn) => {
    const found = new Map<string, string>()
    const fresh: MemberDoc[] = []
    for (const doc of candidates) {
      const current = (await txn.collection('members').doc(doc._id).get()).data as MemberDoc | null
      if (current) found.set(doc._id, current.unitPath)
      else fresh.push(doc)
    }
    if (fresh.length === 0) return { created: 0, found }
    const perUnit = new Map<string, number>()
    fresh.forEach((doc) => perUnit.set(doc.unitId, (perUnit.get(doc.unitId) ?? 0) + 1))
    // set() takes the id from doc(); `follow` makes the notices and meetings open in the branch count them (data/membership-follow.ts).
    // One change for the chunk: its members' denominators move together, in a few calls.
    for (const { _id, ...fields } of fresh)
      await txn
        .collection('members')
        .doc(_id)
        .set({ ...fields, follow: { ...change, to: fields.unitPath } })
    for (const [unitId, count] of perUnit)
      await txn
        .collection('units')
        .doc(unitId)
        .update({ memberCount: _.inc(count) })
    await txn.collection('audit').add(auditFor(fresh.length))
    return { created: fresh.length, found }
  })
}
