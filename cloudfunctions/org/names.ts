import { database } from '../_shared/data/client'
import type { UnitDoc } from '../_shared/data/org-docs'
import { prefix, readAll } from '../_shared/data/query'

/** Names of every unit under `path`, for showing members without a read per member. */
export async function unitNamesUnder(path: string): Promise<Map<string, string>> {
  const units = await readAll<Pick<UnitDoc, '_id' | 'name'>>('units', { path: prefix(path) }, { _id: true, name: true })
  return new Map(units.map((unit) => [unit._id, unit.name]))
}

export async function unitNames(ids: string[]): Promise<Map<string, string>> {
  const unique = [...new Set(ids.filter(Boolean))]
  if (unique.length === 0) return new Map()
  const _ = database().command
  const { data } = await database().collection('units').where({ _id: _.in(unique) }).field({ _id: true, name: true }).limit(unique.length).get()
  return new Map((data as UnitDoc[]).map((unit) => [unit._id, unit.name]))
}
