import { AppFailure } from '../runtime/errors'
import { database } from './client'
import { findById } from './read'
import { insertOnce } from './write'

/**
 * One person's record written without a transaction: read it, compute the
 * change, write it only if nobody changed it meanwhile (its `version`), else
 * read again. Two database calls in the common case where a transaction costs
 * four, and as safe: a retry or a double tap finds the first write, a
 * concurrent writer makes this one start over. Every write moves `version`.
 */
export interface Versioned {
  _id: string
  version?: number
}

const ATTEMPTS = 8

/** Objects are written whole (`_.set`), not merged key by key: a field that was null or had other keys stays exact. */
function wholeValues(fields: Record<string, unknown>): Record<string, unknown> {
  const _ = database().command
  return Object.fromEntries(
    Object.entries(fields).map(([key, value]) => [
      key,
      value !== null && typeof value === 'object' && !Array.isArray(value) && !(value instanceof Date) ? _.set(value) : value
    ])
  )
}

export async function writeVersioned<T extends Versioned>(
  collection: string,
  id: string,
  initial: () => T,
  change: (state: T, existed: boolean) => Partial<T> | null,
  preloaded?: T | null
): Promise<{ before: T; after: T | null; existed: boolean }> {
  const _ = database().command
  for (let attempt = 0; attempt < ATTEMPTS; attempt += 1) {
    const stored = attempt === 0 && preloaded !== undefined ? preloaded : await findById<T>(collection, id)
    const before = stored ?? initial()
    const fields = change(before, stored !== null)
    if (!fields) return { before, after: null, existed: stored !== null }
    const version = (before.version ?? 0) + 1
    const after = { ...before, ...fields, version, _id: id }
    if (!stored) {
      if (await insertOnce(collection, after)) return { before, after, existed: false }
      continue // written meanwhile: read it and apply the change to it
    }
    const unchanged = stored.version === undefined ? { version: _.exists(false) } : { version: stored.version }
    const { updated } = (await database()
      .collection(collection)
      .where({ _id: id, ...unchanged })
      .update(wholeValues({ ...fields, version }))) as { updated?: number }
    if (updated) return { before, after, existed: true }
  }
  throw new AppFailure('BUSY', '操作太频繁，请稍后重试')
}
