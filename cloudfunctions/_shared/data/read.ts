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
