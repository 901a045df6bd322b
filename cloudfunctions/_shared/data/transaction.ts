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

const CONFLICT = 'DATABASE_TRANSACTION_CONFLICT'
/** The SDK retries a conflict 3 times at once; a double tap of three phones can outlast that, so a few more, spread out. */
const ROUNDS = 5

/** True for the error `inTransaction` gives up with when someone else kept winning: a caller may turn it into a plain "busy, try again". */
export const isConflict = (error: unknown): boolean => (error as { code?: unknown } | null)?.code === CONFLICT

/**
 * Runs `work` in a transaction. On a conflict (someone else wrote the same
 * document first) the SDK retries at once; after that we wait a few random
 * milliseconds and start over, so concurrent taps settle instead of failing.
 * Any other error rolls back and is rethrown unchanged.
 */
export async function inTransaction<T>(work: (txn: Transaction) => Promise<T>): Promise<T> {
  const db: Db = database()
  for (let round = 1; ; round += 1) {
    try {
      return (await db.runTransaction(work)) as T
    } catch (error) {
      if (!isConflict(error) || round >= ROUNDS) throw error
      await new Promise((resolve) => setTimeout(resolve, 5 + Math.random() * 20 * round))
    }
  }
}
