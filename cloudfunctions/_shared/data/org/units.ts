import { database } from '../client'
import type { AuditDoc, UnitDoc } from '../org-docs'
import { prefix, readAll } from '../query'
import { inTransaction } from '../transaction'

/** Every unit under `path` (the path's own unit included), paged through; `fields` narrows what is read. */
export const unitsUnder = <T extends Partial<UnitDoc> = UnitDoc>(path: string, fields?: Record<string, boolean>): Promise<T[]> =>
  readAll<T>('units', { path: prefix(path) }, fields)

/** True when the parent already has a unit of this name: one call. */
export async function siblingNamed(parentId: string, name: string): Promise<boolean> {
  const { data } = await database().collection('units').where({ parentId, name }).limit(1).get()
  return data.length > 0
}

/** A new unit and its audit entry, together. */
export async function insertUnit(unit: UnitDoc, audit: AuditDoc): Promise<void> {
  await inTransaction(async (txn) => {
    await txn.collection('units').add(unit)
    await txn.collection('audit').add(audit)
  })
}
