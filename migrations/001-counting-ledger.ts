import { attendanceContribution, noticeContribution } from '../cloudfunctions/_shared/domain/counting/lanes'
import type { Counts } from '../cloudfunctions/_shared/domain/counting/counts'
import type { Db } from '../scripts/admin/target'
import type { Migration } from '../scripts/migrations/migration'

/**
 * Records written before the counting ledger have no `countedAs`: they were
 * counted in place when written, so what they contribute now is what the
 * counters already hold for them. Saying so explicitly (countedAs = their
 * contribution, version 0, not dirty) lets the lanes treat every record alike.
 *
 * Idempotent: only records still without `countedAs` are read and updated
 * (the update repeats that condition, so a record a function marked meanwhile
 * keeps the function's ledger), and a rerun finds nothing left to do.
 */
interface LegacyRecord {
  _id: string
  readAt?: Date | null
  submittedAt?: Date | null
  status?: string
  makeup?: { completedAt: Date | null } | null
}

const BATCH = 500

const noticeCounts = (record: LegacyRecord): Counts => noticeContribution({ readAt: record.readAt ?? null, submittedAt: record.submittedAt ?? null })
const attendanceCounts = (record: LegacyRecord): Counts => attendanceContribution({ status: record.status ?? '', makeup: record.makeup ?? null })

/** Records sharing a contribution are updated by one call: a batch costs a handful of calls, not one per record. */
function byCounts(records: LegacyRecord[], contribution: (record: LegacyRecord) => Counts): Map<string, { counts: Counts; ids: string[] }> {
  const groups = new Map<string, { counts: Counts; ids: string[] }>()
  for (const record of records) {
    const counts = contribution(record)
    const key = JSON.stringify(Object.entries(counts).sort())
    const group = groups.get(key) ?? { counts, ids: [] }
    group.ids.push(record._id)
    groups.set(key, group)
  }
  return groups
}

export async function settleLegacy(db: Db, collection: string, contribution: (record: LegacyRecord) => Counts): Promise<number> {
  const _ = db.command
  let settled = 0
  let stuck: Set<string> | null = null
  for (;;) {
    // Updated records leave the selection, so each pass reads the next batch from the start.
    const { data } = (await db
      .collection(collection)
      .where({ countedAs: _.exists(false) })
      .limit(BATCH)
      .get()) as { data: LegacyRecord[] }
    if (data.length === 0) return settled
    let updated = 0
    for (const { counts, ids } of byCounts(data, contribution).values()) {
      const result = (await db
        .collection(collection)
        .where({ _id: _.in(ids), countedAs: _.exists(false) })
        .update({ countedAs: _.set(counts), version: 0, dirty: false })) as { updated?: number }
      updated += result.updated ?? 0
    }
    // A batch that changed nothing is fine once (functions may have ledgered those records meanwhile);
    // the same records coming back unchanged would be read forever.
    if (updated === 0 && stuck && data.every((record) => stuck?.has(record._id))) {
      throw new Error(`${collection} 中有 ${data.length} 条记录无法补记 countedAs`)
    }
    stuck = updated === 0 ? new Set(data.map((record) => record._id)) : null
    settled += updated
  }
}

export const migration: Migration = {
  id: '001-counting-ledger',
  description: '为计数台账之前的学习记录和参会记录补记 countedAs（version 0，不待计数）',
  async up(db) {
    await settleLegacy(db, 'noticeMembers', noticeCounts)
    await settleLegacy(db, 'meetingMembers', attendanceCounts)
  }
}
