import { readFileSync } from 'node:fs'
import type { CollectionSpec } from './indexes'
import { DatabaseState } from './state'
import { Storage, atomicWrite, decodeSnapshot, encodeSnapshot } from './storage'
import { TransactionManager } from './transactions'
import type { ReadStats } from './operations'
import { databaseActions } from './operations'
import type { ActionTable } from '../core/types'

export interface DatabaseOptions {
  /** Folder for the snapshot and the log; undefined keeps everything in memory. */
  dataDir?: string
  /** The project's declared collections and indexes (unique ones are enforced). */
  collections?: CollectionSpec[]
  now?: () => Date
}

/** The database emulator: state, persistence, transactions and the SDK's actions. */
export class Database {
  readonly storage: Storage
  readonly state: DatabaseState
  readonly transactions: TransactionManager
  readonly actions: ActionTable
  /** Documents read since start (benchmarks: documents per request). */
  readonly readStats: ReadStats = { docsReturned: 0, docsExamined: 0 }

  constructor(options: DatabaseOptions = {}) {
    const now = options.now ?? (() => new Date())
    this.storage = new Storage(options.dataDir)
    this.state = new DatabaseState(this.storage, options.collections ?? [])
    this.transactions = new TransactionManager(this.state, () => now().getTime())
    this.actions = databaseActions({ state: this.state, transactions: this.transactions, now, readStats: this.readStats })
  }

  async open(): Promise<void> {
    this.state.load(this.storage.load())
    await this.storage.open()
  }

  async close(): Promise<void> {
    await this.storage.close()
  }

  /** Drops every collection (tests start from nothing). */
  reset(): void {
    this.state.load({ collections: {} })
    this.storage.writeSnapshot({ collections: {} })
  }

  exportTo(file: string): void {
    atomicWrite(file, encodeSnapshot(this.state.snapshot()))
  }

  /** Replaces all data with the export in `file`, whole. */
  importFrom(file: string): void {
    const snapshot = decodeSnapshot(readFileSync(file, 'utf8'))
    this.state.load(snapshot)
    this.storage.writeSnapshot(snapshot)
  }
}

export type { CollectionSpec, IndexSpec } from './indexes'
