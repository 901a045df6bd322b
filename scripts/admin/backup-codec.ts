import type { Doc } from './paging'

/**
 * One backup line per document: `{"collection":…,"doc":…}`. Dates become
 * `{"$date":"<ISO>"}` (JSON has none, and CloudBase rejects `$` keys in stored
 * data, so the marker cannot collide with a real field). Keys are written in
 * sorted order so that the same data always gives the same bytes: a backup of
 * a restore can be compared with the original.
 */
export const BACKUP_FORMAT = 'party-study-backup'
export const BACKUP_VERSION = 1

export interface BackupHeader {
  format: typeof BACKUP_FORMAT
  version: typeof BACKUP_VERSION
  collections: string[]
}

export interface BackupLine {
  collection: string
  doc: Doc
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json }

function toJson(value: unknown, where: string): Json {
  if (value === null || typeof value === 'boolean' || typeof value === 'string') return value
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new Error(`${where} 不是有限数字，无法备份`)
    return value
  }
  if (value instanceof Date) return { $date: value.toISOString() }
  if (Array.isArray(value)) return value.map((item, i) => toJson(item, `${where}[${i}]`))
  if (typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    const out: { [key: string]: Json } = {}
    for (const key of Object.keys(value).sort()) {
      const item = (value as Record<string, unknown>)[key]
      if (item !== undefined) out[key] = toJson(item, `${where}.${key}`)
    }
    return out
  }
  // A type this format does not know (a GeoPoint, a RegExp…) must fail loudly, not be restored as something else.
  throw new Error(`${where} 的类型无法备份：${Object.prototype.toString.call(value)}`)
}

function fromJson(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(fromJson)
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value)
    if (entries.length === 1 && entries[0][0] === '$date' && typeof entries[0][1] === 'string') return new Date(entries[0][1])
    return Object.fromEntries(entries.map(([key, item]) => [key, fromJson(item)]))
  }
  return value
}

export function encodeHeader(collections: string[]): string {
  const header: BackupHeader = { format: BACKUP_FORMAT, version: BACKUP_VERSION, collections }
  return JSON.stringify(header)
}

export function decodeHeader(line: string): BackupHeader {
  const header = JSON.parse(line) as Partial<BackupHeader>
  if (header.format !== BACKUP_FORMAT || header.version !== BACKUP_VERSION || !Array.isArray(header.collections)) {
    throw new Error(`不是本系统的备份文件（第一行应为 ${BACKUP_FORMAT} 第 ${BACKUP_VERSION} 版的说明）`)
  }
  return { format: BACKUP_FORMAT, version: BACKUP_VERSION, collections: header.collections.map(String) }
}

export function encodeLine(collection: string, doc: Doc): string {
  return JSON.stringify({ collection, doc: toJson(doc, `${collection}/${doc._id}`) })
}

export function decodeLine(line: string, lineNumber: number): BackupLine {
  const parsed = fromJson(JSON.parse(line)) as { collection?: unknown; doc?: unknown }
  const doc = parsed.doc as Partial<Doc> | undefined
  if (typeof parsed.collection !== 'string' || !doc || typeof doc !== 'object' || typeof doc._id !== 'string' || doc._id === '') {
    throw new Error(`备份文件第 ${lineNumber} 行格式错误：应为 {"collection":…,"doc":{"_id":…}}`)
  }
  return { collection: parsed.collection, doc: doc as Doc }
}
