import { database } from './client'

const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/** "Everything under this path": an anchored prefix, which an index on the path serves. */
export function prefix(path: string): ReturnType<ReturnType<typeof database>['RegExp']> {
  return database().RegExp({ regexp: '^' + escapeRegExp(path) })
}

/** A regular expression the caller built (e.g. "direct children of this path"), anchored by the caller. */
export function matchesPattern(pattern: string): ReturnType<ReturnType<typeof database>['RegExp']> {
  return database().RegExp({ regexp: pattern })
}

/** "At or after this instant", for a where clause. */
export const onOrAfter = (at: Date): unknown => database().command.gte(at)

export function contains(text: string): ReturnType<ReturnType<typeof database>['RegExp']> {
  return database().RegExp({ regexp: escapeRegExp(text), options: 'i' })
}

/** Server reads stop at 1000; a subtree listing pages through. */
export async function readAll<T>(collection: string, where: object, fields?: Record<string, boolean>): Promise<T[]> {
  const out: T[] = []
  for (let offset = 0; ; offset += 1000) {
    let query = database().collection(collection).where(where).orderBy('_id', 'asc').skip(offset).limit(1000)
    if (fields) query = query.field(fields)
    const { data } = await query.get()
    out.push(...(data as T[]))
    if (data.length < 1000) return out
  }
}
