import { database } from '../client'
import type { UnitDoc } from '../org-docs'

/** The units a member's home screen names (their unit, group and managed units), by id: one query. */
export async function namedUnits(ids: readonly string[]): Promise<Map<string, UnitDoc>> {
  const db = database()
  const { data } = await db
    .collection('units')
    .where({ _id: db.command.in([...ids]) })
    .limit(ids.length)
    .get()
  return new Map((data as UnitDoc[]).map((unit) => [unit._id, unit]))
}
