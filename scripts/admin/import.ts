import { createReadStream } from 'node:fs'
import { createInterface } from 'node:readline'
import { decodeHeader, decodeLine, type BackupLine } from './backup-codec'
import { BACKUP_COLLECTIONS, ensureCollection, isMissingCollection } from './collections'
import type { Db } from './target'

/** Parallel writes while restoring: enough to hide latency, few enough not to trip CloudBase's rate limits. */
const PARALLEL = 8

async function documentCount(db: Db, collection: string): Promise<number> {
  try {
    return (await db.collection(collection).count()).total ?? 0
  } catch (error) {
    if (isMissingCollection(error)) return 0
    throw error
  }
}

/** A restore over live data would mix two states; only an explicit --force may do that. */
async function refuseIfNotEmpty(db: Db, collections: string[]): Promise<void> {
  const filled: string[] = []
  for (const collection of collections) {
    const total = await documentCount(db, collection)
    if (total > 0) filled.push(`${collection}（${total} 条）`)
  }
  if (filled.length > 0) {
    throw new Error(`目标数据库不是空的：${filled.join('、')}。导入会覆盖同 _id 的记录；确认要覆盖，请加 --force`)
  }
}

/**
 * set() by the backed-up _id: importing the same file twice gives the same
 * database. With --force, documents not in the file are left as they are.
 */
async function writeAll(db: Db, lines: BackupLine[]): Promise<void> {
  for (let i = 0; i < lines.length; i += PARALLEL) {
    await Promise.all(
      lines.slice(i, i + PARALLEL).map(({ collection, doc }) => {
        const { _id, ...fields } = doc // set() takes the id from doc(), never from the data
        return db.collection(collection).doc(_id).set(fields)
      })
    )
  }
}

const CHUNK = 500

/** Restores a backup written by `admin export`; returns the number of documents per collection. */
export async function importDatabase(db: Db, file: string, options: { force: boolean }): Promise<Record<string, number>> {
  const reader = createInterface({ input: createReadStream(file, { encoding: 'utf8' }), crlfDelay: Infinity })
  const counts: Record<string, number> = {}
  let lineNumber = 0
  let pending: BackupLine[] = []
  let allowed: Set<string> | null = null
  for await (const line of reader) {
    lineNumber += 1
    if (line.trim() === '') continue
    if (!allowed) {
      const header = decodeHeader(line)
      const unknown = header.collections.filter((name) => !BACKUP_COLLECTIONS.includes(name))
      if (unknown.length > 0) throw new Error(`备份文件包含本版本不认识的集合：${unknown.join('、')}`)
      if (!options.force) await refuseIfNotEmpty(db, BACKUP_COLLECTIONS)
      for (const collection of header.collections) await ensureCollection(db, collection)
      allowed = new Set(header.collections)
      continue
    }
    const entry = decodeLine(line, lineNumber)
    if (!allowed.has(entry.collection)) throw new Error(`备份文件第 ${lineNumber} 行的集合 ${entry.collection} 不在文件说明中`)
    pending.push(entry)
    counts[entry.collection] = (counts[entry.collection] ?? 0) + 1
    if (pending.length >= CHUNK) {
      await writeAll(db, pending)
      pending = []
    }
  }
  if (!allowed) throw new Error('备份文件是空的')
  await writeAll(db, pending)
  return counts
}
