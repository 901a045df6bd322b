import { database } from './client'

type Db = ReturnType<typeof database>

/** What a transaction offers: single-document reads and writes on collections (CloudBase's rule). */
export interface Transaction {
  collection(name: string): {
    add(doc: object): Promise<unknown>
    doc(id: string): {
      get(): Promise<{ data: unknown }>
      update(data: object): Promise<unknown>
      set(data: object): Promise<unknown>
      remove(): Promise<unknown>
    }
  }
}

/**
 * Runs `work` in a transaction; the SDK retries it on a conflict (3 attempts).
 * Any other error rolls back and is rethrown unchanged.
 */
export function inTransaction<T>(work: (txn: Transaction) => Promise<T>): Promise<T> {
  const db: Db = database()
  return db.runTransaction(work) as Promise<T>
}
