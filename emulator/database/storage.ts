import { promises as fsp, mkdirSync, existsSync, readFileSync, writeFileSync, openSync, fsyncSync, closeSync, renameSync, rmSync } from 'node:fs'
import path from 'node:path'
import { encodeEjson, parseStored, type Doc } from './ejson'
import type { IndexSpec } from './indexes'

/**
 * What the management API set on a collection (the deploy's indexes, its
 * security rule), kept with the data so the emulator enforces exactly what was
 * deployed. Absent when nothing was set through it.
 */
export interface CollectionMeta {
  indexes?: IndexSpec[]
  acl?: CollectionAcl
}

/** A database security rule: a preset (READONLY, PRIVATE, ADMINWRITE, ADMINONLY) or CUSTOM with its JSON rule. */
export interface CollectionAcl {
  tag: string
  rule?: Record<string, unknown>
}

/** One durable change; a commit writes its changes as one log line, so a torn tail loses a whole commit or nothing. */
export type LogOp =
  { t: 'coll'; c: string } | { t: 'put'; c: string; d: Doc } | { t: 'del'; c: string; id: string } | { t: 'meta'; c: string; m: CollectionMeta }

export interface Snapshot {
  collections: Record<string, Doc[]>
  /** Per collection, when the management API set anything on it. */
  meta?: Record<string, CollectionMeta>
}

const SNAPSHOT = 'snapshot.ejson'
const LOG = 'log.ejsonl'

/**
 * Persistence for the database emulator: a snapshot plus an append-only log.
 * Every acknowledged write is in the log and fsync'd before the reply goes out
 * (group commit: writes that arrive while a flush runs share the next fsync).
 * On open the log is replayed onto the snapshot, then both are compacted into a
 * new snapshot written with atomic replace (write temp, fsync, rename).
 */
export class Storage {
  private handle: fsp.FileHandle | undefined
  private pending: Array<{ line: string; resolve: () => void; reject: (error: Error) => void }> = []
  private flushing: Promise<void> | undefined

  constructor(readonly dir: string | undefined) {}

  get persistent(): boolean {
    return this.dir !== undefined
  }

  /** Loads what is on disk and compacts it; returns the data. */
  load(): Snapshot {
    if (!this.dir) return { collections: {} }
    mkdirSync(this.dir, { recursive: true })
    const snapshot = readSnapshot(path.join(this.dir, SNAPSHOT))
    replayLog(path.join(this.dir, LOG), snapshot)
    this.writeSnapshot(snapshot)
    return snapshot
  }

  async open(): Promise<void> {
    if (!this.dir) return
    this.handle = await fsp.open(path.join(this.dir, LOG), 'a')
  }

  /** Resolves once the ops are on disk. */
  append(ops: LogOp[]): Promise<void> {
    if (!this.handle || ops.length === 0) return Promise.resolve()
    const line = encodeEjson(ops) + '\n'
    return new Promise((resolve, reject) => {
      this.pending.push({ line, resolve, reject })
      if (!this.flushing) this.flushing = this.flush()
    })
  }

  private async flush(): Promise<void> {
    while (this.pending.length > 0 && this.handle) {
      const batch = this.pending
      this.pending = []
      try {
        await this.handle.write(batch.map((item) => item.line).join(''))
        await this.handle.datasync()
        batch.forEach((item) => item.resolve())
      } catch (error) {
        batch.forEach((item) => item.reject(error as Error))
      }
    }
    this.flushing = undefined
  }

  /** Replaces everything on disk with `snapshot` (atomic: a crash leaves the old or the new). */
  writeSnapshot(snapshot: Snapshot): void {
    if (!this.dir) return
    atomicWrite(path.join(this.dir, SNAPSHOT), encodeSnapshot(snapshot))
    writeFileSync(path.join(this.dir, LOG), '')
  }

  async close(): Promise<void> {
    if (this.flushing) await this.flushing
    await this.handle?.close()
    this.handle = undefined
  }
}

export function encodeSnapshot(snapshot: Snapshot): string {
  // One line per document keeps big exports streamable and diffable.
  const lines: string[] = []
  for (const [name, docs] of Object.entries(snapshot.collections)) {
    const meta = snapshot.meta?.[name]
    lines.push(encodeEjson(meta ? { collection: name, meta } : { collection: name }))
    for (const doc of docs) lines.push(encodeEjson({ c: name, d: doc }))
  }
  return lines.join('\n') + '\n'
}

export function decodeSnapshot(text: string): Snapshot {
  const snapshot: Snapshot = { collections: {} }
  for (const line of text.split('\n')) {
    if (line.trim() === '') continue
    const entry = parseStored<{ collection?: string; meta?: CollectionMeta; c?: string; d?: Doc }>(line)
    if (entry.collection) snapshot.collections[entry.collection] ??= []
    if (entry.collection && entry.meta) (snapshot.meta ??= {})[entry.collection] = entry.meta
    if (entry.c && entry.d) (snapshot.collections[entry.c] ??= []).push(entry.d)
  }
  return snapshot
}

function readSnapshot(file: string): Snapshot {
  if (!existsSync(file)) return { collections: {} }
  return decodeSnapshot(readFileSync(file, 'utf8'))
}

function replayLog(file: string, snapshot: Snapshot): void {
  if (!existsSync(file)) return
  const maps = new Map<string, Map<string, Doc>>()
  const collection = (name: string): Map<string, Doc> => {
    let map = maps.get(name)
    if (!map) {
      map = new Map((snapshot.collections[name] ?? []).map((doc) => [doc._id, doc]))
      maps.set(name, map)
    }
    return map
  }
  for (const name of Object.keys(snapshot.collections)) collection(name)
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (line.trim() === '') continue
    let ops: LogOp[]
    try {
      ops = parseStored<LogOp[]>(line)
    } catch {
      break // a torn last line: the write was never acknowledged
    }
    for (const op of ops) {
      if (op.t === 'coll') collection(op.c)
      else if (op.t === 'meta') {
        collection(op.c)
        ;(snapshot.meta ??= {})[op.c] = op.m
      } else if (op.t === 'put') collection(op.c).set(op.d._id, op.d)
      else collection(op.c).delete(op.id)
    }
  }
  for (const [name, map] of maps) snapshot.collections[name] = [...map.values()]
}

export function atomicWrite(file: string, content: string, mode?: number): void {
  const temp = `${file}.tmp-${process.pid}`
  writeFileSync(temp, content, mode === undefined ? undefined : { mode })
  const fd = openSync(temp, 'r')
  fsyncSync(fd)
  closeSync(fd)
  renameSync(temp, file)
  const dirFd = openSync(path.dirname(file), 'r')
  fsyncSync(dirFd)
  closeSync(dirFd)
}

export function removeDataDir(dir: string): void {
  rmSync(dir, { recursive: true, force: true })
}
