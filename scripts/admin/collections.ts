import { COLLECTIONS } from '../../cloudfunctions/_shared/data/collections'
import type { Db } from './target'

/** Applied migrations; not (yet) declared in collections.ts, so the admin tool names it itself. */
export const MIGRATIONS_COLLECTION = 'migrations'

/** What a backup holds: every declared collection, and which migrations the data has had. */
export const BACKUP_COLLECTIONS: string[] = [...COLLECTIONS.map((c) => c.name), MIGRATIONS_COLLECTION]

const codeOf = (error: unknown): unknown => (error as { code?: unknown } | null)?.code

export const isMissingCollection = (error: unknown): boolean => codeOf(error) === 'DATABASE_COLLECTION_NOT_EXIST'

/** Creates a collection; one that already exists is fine (a second run, a restore). */
export async function ensureCollection(db: Db, name: string): Promise<void> {
  try {
    await db.createCollection(name)
  } catch (error) {
    if (codeOf(error) !== 'DATABASE_COLLECTION_ALREADY_EXIST') throw error
  }
}
