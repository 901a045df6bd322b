import { createWriteStream, type WriteStream } from 'node:fs'
import { once } from 'node:events'
import { encodeHeader, encodeLine } from './backup-codec'
import { BACKUP_COLLECTIONS, isMissingCollection } from './collections'
import { forEachPage } from './paging'
import type { Db } from './target'

async function writeText(out: WriteStream, text: string): Promise<void> {
  // Waits for the stream to drain, so a large database is written page by page rather than held in memory.
  if (!out.write(text)) await once(out, 'drain')
}

/** Writes every backed-up collection to `file` as NDJSON; returns the number of documents per collection. */
export async function exportDatabase(db: Db, file: string): Promise<Record<string, number>> {
  // Owner-only: a backup holds every member's name and full phone number.
  const out = createWriteStream(file, { encoding: 'utf8', mode: 0o600 })
  const counts: Record<string, number> = {}
  try {
    await writeText(out, encodeHeader(BACKUP_COLLECTIONS) + '\n')
    for (const collection of BACKUP_COLLECTIONS) {
      counts[collection] = 0
      try {
        await forEachPage(db, collection, async (docs) => {
          await writeText(out, docs.map((doc) => encodeLine(collection, doc) + '\n').join(''))
          counts[collection] += docs.length
        })
      } catch (error) {
        // Never created in this environment (e.g. no migration has run yet): nothing to back up.
        if (!isMissingCollection(error)) throw error
      }
    }
  } finally {
    out.end()
    await once(out, 'close')
  }
  return counts
}
