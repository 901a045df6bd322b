import { bucketId } from '../../domain/dashboard/periods'
import { database } from '../client'
import type { UnitStatsDoc } from '../stats'

/** A unit's month buckets (`YYYY-MM` months, at most twelve) by period: one query. */
export async function monthBuckets(unitId: string, months: readonly string[]): Promise<Map<string, UnitStatsDoc>> {
  const db = database()
  const { data } = await db
    .collection('unitStats')
    .where({ _id: db.command.in(months.map((m) => bucketId(unitId, `M${m}`))) })
    .limit(12)
    .get()
  return new Map((data as UnitStatsDoc[]).map((d) => [d.period, d]))
}
