import { randomBytes } from 'node:crypto'
import type { Doc } from './ejson'
import { ErrorCode, fail } from '../core/errors'
import { UniqueIndex, type Change, type CollectionSpec, type IndexSpec } from './indexes'
import type { CollectionAcl, CollectionMeta, LogOp, Snapshot, Storage } from './storage'

/**
 * One collection: its documents, the commit number that last wrote each _id,
 * its indexes (the unique ones enforced) and what the management API set on it.
 */
export class Collection {
  readonly docs = new Map<string, Doc>()
  /** Kept for removed _ids too, so a transaction notices a delete it raced with. */
  readonly versions = new Map<string, number>()
  unique: UniqueIndex[]
  /** Every index, as the management API lists them; the management API's own list once it set one. */
  indexes: IndexSpec[]
  meta: CollectionMeta

  constructor(
    readonly name: string,
    spec: CollectionSpec | undefined,
    meta: CollectionMeta = {}
  ) {
    this.meta = meta
    this.indexes = meta.indexes ?? spec?.indexes ?? []
    this.unique = this.indexes.filter((index) => index.unique).map((index) => new UniqueIndex(index))
  }
}

/** CloudBase ids are 32 hex characters. */
export function newDocumentId(): string {
  return randomBytes(16).toString('hex')
}

/**
 * The data and nothing else. All changes go through `commit`, which checks
 * unique indexes for the whole batch first, so a batch applies whole or not at all.
 * Node runs one handler at a time, so a commit is atomic with respect to other
 * requests: `_.inc` from 300 callers cannot interleave.
 */
export class DatabaseState {
  readonly collections = new Map<string, Collection>()
  /** Increases by one per commit; transactions compare against it. */
  seq = 0

  constructor(
    private readonly storage: Storage,
    private readonly specs: CollectionSpec[]
  ) {}

  load(snapshot: Snapshot): void {
    this.collections.clear()
    for (const [name, docs] of Object.entries(snapshot.collections)) {
      const collection = this.createInMemory(name, snapshot.meta?.[name])
      for (const doc of docs) {
        collection.docs.set(doc._id, doc)
        collection.unique.forEach((index) => index.add(doc))
      }
    }
  }

  private createInMemory(name: string, meta?: CollectionMeta): Collection {
    const collection = new Collection(
      name,
      this.specs.find((spec) => spec.name === name),
      meta
    )
    this.collections.set(name, collection)
    return collection
  }

  has(name: string): boolean {
    return this.collections.has(name)
  }

  collection(name: string): Collection {
    const collection = this.collections.get(name)
    if (!collection) fail(ErrorCode.COLLECTION_NOT_EXIST, `Db or Table not exist: 集合 ${name} 不存在`)
    return collection
  }

  async createCollection(name: string): Promise<void> {
    if (this.collections.has(name)) fail(ErrorCode.COLLECTION_EXISTS, `Table exist: 集合 ${name} 已存在`)
    this.createInMemory(name)
    this.seq += 1
    await this.storage.append([{ t: 'coll', c: name }])
  }

  /**
   * Replaces a collection's index list (the management API's UpdateTable). A
   * new unique index is checked against the stored documents first: refused
   * whole if they already break it. Durable before it resolves.
   */
  async setIndexes(name: string, indexes: IndexSpec[]): Promise<void> {
    const collection = this.collection(name)
    const kept = new Map(collection.unique.map((index) => [index.spec.name, index]))
    const unique = indexes
      .filter((index) => index.unique)
      .map((index) => {
        const same = kept.get(index.name)
        return same && JSON.stringify(same.spec) === JSON.stringify(index) ? same : UniqueIndex.over(index, collection.docs.values())
      })
    collection.unique = unique
    collection.indexes = indexes
    await this.setMeta(collection, { ...collection.meta, indexes })
  }

  /** Stores a collection's security rule (the emulator has no client API: kept to be read back). */
  async setAcl(name: string, acl: CollectionAcl): Promise<void> {
    const collection = this.collection(name)
    await this.setMeta(collection, { ...collection.meta, acl })
  }

  private async setMeta(collection: Collection, meta: CollectionMeta): Promise<void> {
    collection.meta = meta
    this.seq += 1
    await this.storage.append([{ t: 'meta', c: collection.name, m: meta }])
  }

  version(coll: string, id: string): number {
    return this.collections.get(coll)?.versions.get(id) ?? 0
  }

  /** Validates, applies and logs a batch; resolves when it is durable. */
  commit(changes: Change[]): Promise<void> {
    if (changes.length === 0) return Promise.resolve()
    const byCollection = new Map<string, Change[]>()
    for (const change of changes) {
      const list = byCollection.get(change.coll) ?? []
      list.push(change)
      byCollection.set(change.coll, list)
    }
    for (const [name, list] of byCollection) this.collection(name).unique.forEach((index) => index.check(list))
    this.seq += 1
    const ops: LogOp[] = []
    for (const change of changes) {
      const collection = this.collection(change.coll)
      const before = collection.docs.get(change.id)
      collection.unique.forEach((index) => index.apply(before, change.doc))
      if (change.doc) {
        collection.docs.set(change.id, change.doc)
        ops.push({ t: 'put', c: change.coll, d: change.doc })
      } else {
        collection.docs.delete(change.id)
        ops.push({ t: 'del', c: change.coll, id: change.id })
      }
      collection.versions.set(change.id, this.seq)
    }
    return this.storage.append(ops)
  }

  snapshot(): Snapshot {
    const collections: Snapshot['collections'] = {}
    const meta: NonNullable<Snapshot['meta']> = {}
    for (const [name, collection] of this.collections) {
      collections[name] = [...collection.docs.values()]
      if (Object.keys(collection.meta).length > 0) meta[name] = collection.meta
    }
    return Object.keys(meta).length > 0 ? { collections, meta } : { collections }
  }
}
