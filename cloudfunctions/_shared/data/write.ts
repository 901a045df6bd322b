import { database } from './client'

/** The error CloudBase (and the emulator) gives for a second document with the same `_id` or unique key. */
export const isDuplicateWrite = (error: unknown): boolean => (error as { code?: unknown } | null)?.code === 'DATABASE_DUPLICATE_WRITE'

/** Inserts a document with a deterministic `_id` once: false if it is already there (a retry, a second run). */
export async function insertOnce<T extends { _id: string }>(collection: string, doc: T): Promise<boolean> {
  try {
    await database().collection(collection).add(doc)
    return true
  } catch (error) {
    if (isDuplicateWrite(error)) return false
    throw error
  }
}
