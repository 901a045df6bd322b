import type { UnitType } from '../contract/org'
import { allKeys, bucketId, memberStatsId, type PeriodKeys } from '../domain/dashboard/periods'
import { database } from './client'
import { inTransaction } from './transaction'
import { insertAllOnce } from './write'

/**
 * Period buckets: the dashboard's counters per (unit, week / month /
 * quarter / year), moved by atomic increments when things happen, so a view
 * reads one document per unit shown however long the history.
 * `_.inc` cannot create a document, so the feature that opens a period for
 * a unit (publishing a notice, planning a meeting) creates its buckets first.
 */
export interface UnitStatsDoc {
  _id: string
  unitId: string
  unitName: string
  unitType: UnitType
  unitPath: string
  /** W2026-48, M2026-11, Q2026-4 or Y2026. */
  period: string
  notices: number
  noticeAssigned: number
  noticeRead: number
  noticeAnswered: number
  scheduleChanges: number
  meetingsHeld: number
  meetingInvited: number
  present: number
  late: number
  leave: number
  absent: number
  madeUp: number
  /** Held meetings by category; in year buckets also by month: heldByMonth.<category>.<1–12>. */
  held: Record<string, number>
  heldByMonth: Record<string, Record<string, number>>
}

export type StatsField = Exclude<keyof UnitStatsDoc, '_id' | 'unitId' | 'unitName' | 'unitType' | 'unitPath' | 'period' | 'held' | 'heldByMonth'>

export interface StatsUnit {
  _id: string
  name: string
  type: UnitType
  path: string
}

const CHUNK = 500

function emptyBucket(unit: StatsUnit, period: string): UnitStatsDoc {
  return {
    _id: bucketId(unit._id, period),
    unitId: unit._id,
    unitName: unit.name,
    unitType: unit.type,
    unitPath: unit.path,
    period,
    notices: 0,
    noticeAssigned: 0,
    noticeRead: 0,
    noticeAnswered: 0,
    scheduleChanges: 0,
    meetingsHeld: 0,
    meetingInvited: 0,
    present: 0,
    late: 0,
    leave: 0,
    absent: 0,
    madeUp: 0,
    held: {},
    heldByMonth: {}
  }
}

/** Creates the missing buckets of these units for these periods (a few reads and inserts per 500). */
export async function ensureBuckets(units: ReadonlyArray<StatsUnit>, keys: PeriodKeys): Promise<void> {
  const db = database()
  const wanted = units.flatMap((unit) => allKeys(keys).map((period) => emptyBucket(unit, period)))
  for (let i = 0; i < wanted.length; i += CHUNK) {
    const chunk = wanted.slice(i, i + CHUNK)
    const { data } = await db
      .collection('unitStats')
      .where({ _id: db.command.in(chunk.map((b) => b._id)) })
      .field({ _id: true })
      .limit(CHUNK)
      .get()
    const existing = new Set((data as Array<{ _id: string }>).map((d) => d._id))
    // Another feature opening some of these buckets at the same moment is not an error.
    await insertAllOnce(
      'unitStats',
      chunk.filter((b) => !existing.has(b._id))
    )
  }
}

/** Adds `delta` to every bucket of these units for these periods: one database call per 500 buckets. */
export async function incBuckets(unitIds: ReadonlyArray<string>, keys: PeriodKeys | string[], delta: Record<string, number>): Promise<void> {
  const entries = Object.entries(delta).filter(([, n]) => n !== 0)
  if (entries.length === 0 || unitIds.length === 0) return
  const db = database()
  const _ = db.command
  const periods = Array.isArray(keys) ? keys : allKeys(keys)
  const ids = unitIds.flatMap((unitId) => periods.map((period) => bucketId(unitId, period)))
  const update = Object.fromEntries(entries.map(([field, n]) => [field, _.inc(n)]))
  for (let i = 0; i < ids.length; i += CHUNK)
    await db
      .collection('unitStats')
      .where({ _id: _.in(ids.slice(i, i + CHUNK)) })
      .update(update)
}

/** Different amounts per unit (e.g. each unit's members): one call per distinct amount. */
export async function incBucketsBy(amounts: ReadonlyArray<{ unitId: string; n: number }>, keys: PeriodKeys, field: StatsField): Promise<void> {
  const byAmount = new Map<number, string[]>()
  for (const { unitId, n } of amounts) if (n !== 0) byAmount.set(n, [...(byAmount.get(n) ?? []), unitId])
  for (const [n, unitIds] of byAmount) await incBuckets(unitIds, keys, { [field]: n })
}

/**
 * A member's own numbers for a year, by period: written only by that
 * member's events, so a transaction per event (creating the document on the
 * first one) stays uncontended.
 */
export interface MemberStatsDoc {
  _id: string
  memberId: string
  unitPath: string
  year: string
  periods: Record<string, Record<string, number>>
}

export { memberStatsId }

export async function bumpMemberStats(member: { _id: string; unitPath: string }, keys: PeriodKeys, delta: Record<string, number>): Promise<void> {
  const entries = Object.entries(delta).filter(([, n]) => n !== 0)
  if (entries.length === 0) return
  const _ = database().command
  const id = memberStatsId(member._id, keys.year)
  const increments = Object.fromEntries(allKeys(keys).flatMap((period) => entries.map(([field, n]) => [`periods.${period}.${field}`, _.inc(n)])))
  // Usually the year's document exists: one atomic update. Only the member's first event of the year creates it.
  const { updated } = (await database().collection('memberStats').doc(id).update(increments)) as { updated?: number }
  if (updated) return
  await inTransaction(async (txn) => {
    const ref = txn.collection('memberStats').doc(id)
    const current = (await ref.get()).data as MemberStatsDoc | null
    if (current) {
      await ref.update(increments)
      return
    }
    const periods = Object.fromEntries(allKeys(keys).map((period) => [period, Object.fromEntries(entries)]))
    await ref.set({ memberId: member._id, unitPath: member.unitPath, year: keys.year, periods })
  })
}

/** Sets one counter field to its recount (by the difference, atomically) and records why in the audit log. */
export async function repairCounter(
  collection: string,
  id: string,
  field: string,
  by: number,
  audit: { _id: string } & Record<string, unknown>
): Promise<void> {
  const db = database()
  await db
    .collection(collection)
    .doc(id)
    .update({ [field]: db.command.inc(by) })
  await db.collection('audit').add(audit)
}
