import { AppErrorCode, AppFailure } from '../runtime/errors'
import { database } from './client'

/** One document by `_id`, or null: one database call. */
export async function findById<T>(collection: string, id: string): Promise<T | null> {
  const { data } = await database().collection(collection).doc(id).get()
  return (data as T[])[0] ?? null
}

/** One document by `_id`; its absence is a NOT_FOUND error with `message`. */
export async function getById<T>(collection: string, id: string, message: string): Promise<T> {
  const doc = await findById<T>(collection, id)
  if (!doc) throw new AppFailure(AppErrorCode.NOT_FOUND, message)
  return doc
}

const BY_IDS_CHUNK = 500

/** Documents by id, in pages of 500 (the order is not the ids'): one database call per page. */
export async function findByIds<T extends { _id: string }>(collection: string, ids: readonly string[]): Promise<T[]> {
  const db = database()
  const out: T[] = []
  for (let i = 0; i < ids.length; i += BY_IDS_CHUNK) {
    const page = ids.slice(i, i + BY_IDS_CHUNK)
    out.push(
      ...((
        await db
          .collection(collection)
          .where({ _id: db.command.in(page) })
          .limit(page.length)
          .get()
      ).data as T[])
    )
  }
  return out
}
