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

const INSERT_BATCH = 500

/**
 * Inserts documents with deterministic ids, 500 per call. One that is already
 * there (written by an attempt that died, or by a concurrent writer) is not an
 * error: that batch is finished one by one, skipping it.
 */
export async function insertAllOnce<T extends { _id: string }>(collection: string, docs: readonly T[]): Promise<void> {
  for (let i = 0; i < docs.length; i += INSERT_BATCH) {
    const part = docs.slice(i, i + INSERT_BATCH)
    try {
      await database()
        .collection(collection)
        .add([...part])
    } catch (error) {
      if (!isDuplicateWrite(error)) throw error
      for (const doc of part) await insertOnce(collection, doc)
    }
  }
}
