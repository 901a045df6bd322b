import { database } from '../client'
import type { UnitDoc } from '../org-docs'
import { prefix, readAll } from '../query'

/** Unit names by id, for showing members without a read per member. */

/** Names of every unit under `path` (paged through). */
export async function unitNamesUnder(path: string): Promise<Map<string, string>> {
  const units = await readAll<Pick<UnitDoc, '_id' | 'name'>>('units', { path: prefix(path) }, { _id: true, name: true })
  return new Map(units.map((unit) => [unit._id, unit.name]))
}

/** Names of these units (empty ids are skipped): one call, none when there is nothing to name. */
export async function unitNames(ids: string[]): Promise<Map<string, string>> {
  const unique = [...new Set(ids.filter(Boolean))]
  if (unique.length === 0) return new Map()
  const _ = database().command
  const { data } = await database()
    .collection('units')
    .where({ _id: _.in(unique) })
    .field({ _id: true, name: true })
    .limit(unique.length)
    .get()
  return new Map((data as UnitDoc[]).map((unit) => [unit._id, unit.name]))
}
