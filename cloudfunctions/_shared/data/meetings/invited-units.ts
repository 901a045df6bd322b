import { database } from '../client'
import type { UnitDoc } from '../org-docs'
import { prefix, readAll } from '../query'

/** Units by id (paged reads); none for no ids. */
export async function unitsByIds(ids: readonly string[]): Promise<UnitDoc[]> {
  return ids.length ? readAll<UnitDoc>('units', { _id: database().command.in([...ids]) }) : []
}

/** A unit and every unit under it (paged reads). */
export const unitsUnder = (path: string): Promise<UnitDoc[]> => readAll<UnitDoc>('units', { path: prefix(path) })

/** How many active members a 党小组 has: one count. */
export async function activeGroupMembers(groupId: string): Promise<number> {
  return (await database().collection('members').where({ groupId, status: 'active' }).count()).total
}
