/**
 * The config's `quotaDefaults` (party-study.config.json) as a 党委's initial
 * quota settings: stored where and as `dashboard` `quotas.set` stores them
 * (collection quotaSettings, one document per 党委 keyed by its id,
 * `{ settings, updatedAt, updatedBy }`, cloudfunctions/_shared/data/dashboard/
 * quota-settings.ts), only for a 党委 that has none. What the 组织部 set in
 * the app is never overwritten: each write is a read-then-set in one
 * transaction, so a rerun, or a run racing a `quotas.set`, leaves theirs.
 * Used by `admin bootstrap` and by the deploy.
 */
import type { QuotaSettings } from '../../cloudfunctions/_shared/contract/dashboard-api'
import type { Transaction } from '../../cloudfunctions/_shared/data/transaction'
import { PAGE_SIZE } from './paging'
import type { Db } from './target'

/** `updatedBy` of settings that came from the config rather than a person (the app writes a member id there). */
export const QUOTA_DEFAULTS_SOURCE = 'party-study.config.json'

/** The transaction's doc read: the SDK gives an object, or an empty result, for a missing document. */
const exists = (data: unknown): boolean => (Array.isArray(data) ? data.length > 0 : data !== null && data !== undefined)

/** Stores `defaults` for one 党委 if it has no settings; true when it wrote. */
export async function ensureCommitteeQuotas(db: Db, committeeId: string, defaults: QuotaSettings, at: Date): Promise<boolean> {
  return (await db.runTransaction(async (txn: Transaction) => {
    const ref = txn.collection('quotaSettings').doc(committeeId)
    if (exists((await ref.get()).data)) return false
    await ref.set({ settings: defaults, updatedAt: at, updatedBy: QUOTA_DEFAULTS_SOURCE })
    return true
  })) as boolean
}

/** The ids of every 党委, a page at a time after the last id seen (an environment has one or a few). */
async function committeeIds(db: Db): Promise<string[]> {
  const _ = db.command
  const ids: string[] = []
  for (;;) {
    const where = ids.length === 0 ? { type: 'committee' } : { type: 'committee', _id: _.gt(ids[ids.length - 1]) }
    const { data } = (await db.collection('units').where(where).orderBy('_id', 'asc').limit(PAGE_SIZE).get()) as { data: Array<{ _id: string }> }
    ids.push(...data.map((doc) => doc._id))
    if (data.length < PAGE_SIZE) return ids
  }
}

/** Every 党委 of the environment without settings gets `defaults`; returns the ids written. */
export async function ensureQuotaDefaults(db: Db, defaults: QuotaSettings, at: Date): Promise<string[]> {
  const written: string[] = []
  for (const id of await committeeIds(db)) if (await ensureCommitteeQuotas(db, id, defaults, at)) written.push(id)
  return written
}
