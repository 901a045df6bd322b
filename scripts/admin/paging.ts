import type { Db } from './target'

/** CloudBase returns at most 1000 documents per read. */
export const PAGE_SIZE = 1000

export type Doc = Record<string, unknown> & { _id: string }

/**
 * Every document of a collection, page by page in _id order. Pages continue
 * after the last _id seen rather than with skip(): skip gets slower with depth,
 * and a document written meanwhile cannot shift the pages and be read twice.
 */
export async function forEachPage(db: Db, collection: string, onPage: (docs: Doc[]) => Promise<void>, pageSize = PAGE_SIZE): Promise<void> {
  const _ = db.command
  let after: string | null = null
  for (;;) {
    const base = db.collection(collection)
    const query = after === null ? base : base.where({ _id: _.gt(after) })
    const { data } = (await query.orderBy('_id', 'asc').limit(pageSize).get()) as { data: Doc[] }
    if (data.length === 0) return
    await onPage(data)
    if (data.length < pageSize) return
    after = data[data.length - 1]._id
  }
}
