import { randomBytes } from 'node:crypto'
import type { Doc } from './ejson'
import type { Change } from './indexes'
import type { DatabaseState } from './state'
import { ErrorCode, EmulatorError, fail } from '../core/errors'

interface Transaction {
  id: string
  /** The commit number when it started: its snapshot. */
  startSeq: number
  writes: Map<string, Change>
  touchedAt: number
}

/** CloudBase aborts a transaction left open; so do we. */
const IDLE_LIMIT_MS = 30_000

const keyOf = (coll: string, id: string): string => `${coll}\u0000${id}`

/**
 * Snapshot isolation with first-writer-wins, as CloudBase (MongoDB) does it:
 * a transaction sees the data as of its start; touching a document that was
 * committed after that, or that another open transaction has written, fails
 * with DATABASE_TRANSACTION_CONFLICT and aborts it, so the SDK's
 * `runTransaction` retries from scratch. Writes are buffered and applied in
 * one commit, so other readers never see half a transaction.
 */
export class TransactionManager {
  private readonly open = new Map<string, Transaction>()
  private readonly locks = new Map<string, string>()

  constructor(
    private readonly state: DatabaseState,
    private readonly now: () => number = Date.now
  ) {}

  begin(): string {
    this.expireIdle()
    const id = randomBytes(12).toString('hex')
    this.open.set(id, { id, startSeq: this.state.seq, writes: new Map(), touchedAt: this.now() })
    return id
  }

  private txn(id: string): Transaction {
    const txn = this.open.get(id)
    if (!txn) fail(ErrorCode.TRANSACTION_NOT_EXIST, `事务 ${id} 不存在或已结束`)
    txn.touchedAt = this.now()
    return txn
  }

  /** The document as this transaction sees it; null when it does not exist. */
  read(id: string, coll: string, docId: string): Doc | null {
    const txn = this.txn(id)
    const own = txn.writes.get(keyOf(coll, docId))
    if (own) return own.doc
    this.guardSnapshot(txn, coll, docId)
    return this.state.collection(coll).docs.get(docId) ?? null
  }

  write(id: string, change: Change): void {
    const txn = this.txn(id)
    const key = keyOf(change.coll, change.id)
    const holder = this.locks.get(key)
    if (holder !== undefined && holder !== txn.id) this.conflict(txn, `文档 ${change.coll}/${change.id} 正被另一个事务修改`)
    this.guardSnapshot(txn, change.coll, change.id)
    this.locks.set(key, txn.id)
    txn.writes.set(key, change)
  }

  async commit(id: string): Promise<void> {
    const txn = this.txn(id)
    for (const change of txn.writes.values()) this.guardSnapshot(txn, change.coll, change.id)
    try {
      await this.state.commit([...txn.writes.values()])
    } finally {
      this.release(txn)
    }
  }

  abort(id: string): void {
    this.release(this.txn(id))
  }

  private guardSnapshot(txn: Transaction, coll: string, docId: string): void {
    if (this.state.version(coll, docId) > txn.startSeq) {
      this.conflict(txn, `文档 ${coll}/${docId} 在事务开始后已被修改`)
    }
  }

  private conflict(txn: Transaction, why: string): never {
    this.release(txn)
    throw new EmulatorError(ErrorCode.TRANSACTION_CONFLICT, `事务冲突：${why}`)
  }

  private release(txn: Transaction): void {
    for (const key of txn.writes.keys()) if (this.locks.get(key) === txn.id) this.locks.delete(key)
    this.open.delete(txn.id)
  }

  private expireIdle(): void {
    const limit = this.now() - IDLE_LIMIT_MS
    for (const txn of this.open.values()) if (txn.touchedAt < limit) this.release(txn)
  }

  get openCount(): number {
    return this.open.size
  }
}
