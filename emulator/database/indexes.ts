import { encodeEjson, type Doc } from './ejson'
import { ErrorCode, fail } from '../core/errors'

/** How the project declares an index (cloudfunctions/_shared/data/collections.ts). */
export interface IndexSpec {
  name: string
  keys: Record<string, 1 | -1>
  unique?: boolean
  /** Skip documents that have none of the keys (MongoDB's sparse index). */
  sparse?: boolean
}

export interface CollectionSpec {
  name: string
  indexes?: IndexSpec[]
}

export interface Change {
  coll: string
  id: string
  /** The document after the change, or null when it is removed. */
  doc: Doc | null
}

function valueAt(doc: Doc, dotted: string): unknown {
  let value: unknown = doc
  for (const part of dotted.split('.')) {
    if (value === null || typeof value !== 'object') return undefined
    value = (value as Record<string, unknown>)[part]
  }
  return value
}

/** A unique index kept as key → _id, so a violation is found without a scan. */
export class UniqueIndex {
  private readonly owners = new Map<string, string>()
  private readonly fields: string[]

  constructor(readonly spec: IndexSpec) {
    this.fields = Object.keys(spec.keys)
  }

  keyOf(doc: Doc | null | undefined): string | undefined {
    if (!doc) return undefined
    const values = this.fields.map((field) => valueAt(doc, field))
    if (this.spec.sparse && values.every((value) => value === undefined)) return undefined
    return encodeEjson(values.map((value) => value ?? null))
  }

  /** The _id holding this value, for a one-field index queried by equality (undefined: none, or not answerable here). */
  ownerOfEqual(where: Record<string, unknown>): { answerable: boolean; id?: string } {
    if (this.fields.length !== 1) return { answerable: false }
    const value = where[this.fields[0]]
    if (typeof value !== 'string' && typeof value !== 'number') return { answerable: false }
    return { answerable: true, id: this.owners.get(encodeEjson([value])) }
  }

  add(doc: Doc): void {
    const key = this.keyOf(doc)
    if (key !== undefined) this.owners.set(key, doc._id)
  }

  /** A new unique index over documents already stored: refused, as by MongoDB, when they already break it. */
  static over(spec: IndexSpec, docs: Iterable<Doc>): UniqueIndex {
    const index = new UniqueIndex(spec)
    for (const doc of docs) {
      const key = index.keyOf(doc)
      if (key !== undefined && index.owners.has(key))
        fail(ErrorCode.DUPLICATE_WRITE, `E11000 duplicate key error: 无法建立唯一索引 ${spec.name}，已有重复值 ${key}`)
      index.add(doc)
    }
    return index
  }

  /** Throws DATABASE_DUPLICATE_WRITE if applying `changes` (to this collection) would break uniqueness. */
  check(changes: Change[]): void {
    const changed = new Set(changes.map((change) => change.id))
    const claimed = new Map<string, string>()
    for (const change of changes) {
      const key = this.keyOf(change.doc)
      if (key === undefined) continue
      const owner = this.owners.get(key)
      const other = claimed.get(key)
      if ((owner !== undefined && owner !== change.id && !changed.has(owner)) || (other !== undefined && other !== change.id)) {
        fail(ErrorCode.DUPLICATE_WRITE, `E11000 duplicate key error: 唯一索引 ${this.spec.name} 的值 ${key} 已存在`)
      }
      claimed.set(key, change.id)
    }
  }

  apply(before: Doc | undefined, after: Doc | null): void {
    const oldKey = this.keyOf(before)
    if (oldKey !== undefined && before && this.owners.get(oldKey) === before._id) this.owners.delete(oldKey)
    if (after) this.add(after)
  }
}
