import { randomBytes } from 'node:crypto'
import { countedOf, isZero, planIncrements, subtract, type CounterMove, type Counted, type Counts, type IncrementGroup } from '../domain/counting/counts'
import { AppFailure } from '../runtime/errors'
import { database } from './client'
import { insertAllOnce, isDuplicateWrite } from './write'

/**
 * The lane that counts one meeting's or one notice's records, exactly once.
 *
 * Writers only mark their record dirty: no counter is touched on the hot
 * path, so a check-in or an answer costs a few database calls whatever the
 * crowd. Views that show counters take the lane before they read (the host's
 * live list, a branch's progress, the dashboard), and a sweep runs every
 * minute for the rest. Whoever holds a lane counts dirty records in batches:
 * a batch is saved on the lane first, its increments carry the batch's id as
 * a marker so each counter document takes them once however
 * often the batch is replayed, the records' ledgers are settled, and the
 * markers are removed only after that. A holder that dies leaves its batch on
 * the lane; the next holder (after the lease, longer than any function may
 * run) replays it. Releasing and then looking again means a record written
 * while the lane was busy is never left behind.
 */
export interface LaneDefinition<R extends Counted, C> {
  /** 'meeting' | 'notice': part of the lane document's id. */
  kind: string
  /** The collection of counted records, and the field naming their lane. */
  records: string
  laneField: string
  contribution(record: R): Counts
  moves(context: C, record: R, delta: Counts): CounterMove[]
  /** Documents a move may find missing (a member's first event of a year): created before the increments. */
  creates?(context: C, record: R): Array<{ collection: string; id: string; fields: Record<string, unknown> }>
  loadContext(laneId: string): Promise<C | null>
}

interface Batch {
  id: string
  phase: 'apply' | 'cleanup'
  creates: Array<{ collection: string; id: string; fields: Record<string, unknown> }>
  groups: IncrementGroup[]
  records: Array<{ _id: string; version: number; countedAs: Counts }>
}

/**
 * A batch as stored on the lane: increments as [field, n] pairs, because their
 * field paths contain dots (periods.W2026-48.present), which a stored key may not.
 */
interface StoredBatch extends Omit<Batch, 'groups'> {
  groups: Array<Omit<IncrementGroup, 'delta'> & { delta: Array<[string, number]> }>
}

const storeBatch = (batch: Batch): StoredBatch => ({ ...batch, groups: batch.groups.map((group) => ({ ...group, delta: Object.entries(group.delta) })) })
const loadBatch = (stored: StoredBatch): Batch => ({ ...stored, groups: stored.groups.map((group) => ({ ...group, delta: Object.fromEntries(group.delta) })) })

interface LaneDoc {
  _id: string
  holder: string | null
  leaseUntil: Date
  batch: StoredBatch | null
}

/**
 * Longer than the longest function timeout (60 s): a holder past its lease is
 * certainly dead. A function's `PS_COUNTING_LEASE_MS` setting may shorten it
 * where functions are known to stop sooner (the fault tests kill the whole
 * emulator and restart it at once).
 */
const DEFAULT_LEASE_MS = 120_000
const leaseMs = (): number => {
  const set = Number(process.env.PS_COUNTING_LEASE_MS)
  return Number.isInteger(set) && set >= 1_000 ? set : DEFAULT_LEASE_MS
}
const BATCH_RECORDS = 500
const CHUNK = 500
/** Counter documents carry `countedBatches.<batch id>` while a batch is in flight. */
const MARKER = 'countedBatches'

const laneId = (kind: string, id: string): string => `${kind}:${id}`
const lanes = () => database().collection('countingLanes')
// Leases use the real time, not the functions' injectable clock: a frozen test clock must not freeze them.
const wallNow = (): Date => new Date()

/** Creates the lane document (free) if it is not there; a second creation is not an error. */
export async function openLane(kind: string, id: string): Promise<void> {
  try {
    await lanes().add({ _id: laneId(kind, id), holder: null, leaseUntil: new Date(0), batch: null })
  } catch (error) {
    if (!isDuplicateWrite(error)) throw error
  }
}

async function claim(kind: string, id: string, me: string): Promise<boolean> {
  const _ = database().command
  const at = wallNow()
  const { updated } = (await lanes()
    .where({ _id: laneId(kind, id), leaseUntil: _.lt(at) })
    .update({ holder: me, leaseUntil: new Date(at.getTime() + leaseMs()) })) as { updated?: number }
  return Boolean(updated)
}

async function release(kind: string, id: string, me: string): Promise<void> {
  await lanes()
    .where({ _id: laneId(kind, id), holder: me })
    .update({ holder: null, leaseUntil: new Date(0) })
}

/** Updates the lane only while `me` still holds it; false when the lease was lost. */
async function updateHeld(kind: string, id: string, me: string, fields: Record<string, unknown>): Promise<boolean> {
  const { updated } = (await lanes()
    .where({ _id: laneId(kind, id), holder: me })
    .update(fields)) as { updated?: number }
  return Boolean(updated)
}

async function hasDirty<R extends Counted, C>(def: LaneDefinition<R, C>, id: string): Promise<boolean> {
  const { total } = await database()
    .collection(def.records)
    .where({ [def.laneField]: id, dirty: true })
    .count()
  return total > 0
}

/**
 * Counts what is dirty in this lane, before a view reads its counters: takes
 * the lane, or waits (within the budget) while another holder counts.
 * Resolves with the records counted by this call.
 */
export async function countLane<R extends Counted, C>(def: LaneDefinition<R, C>, id: string, known?: C, budgetMs = DRAIN_BUDGET_MS): Promise<number> {
  const me = randomBytes(8).toString('hex')
  const deadline = Date.now() + budgetMs
  let counted = 0
  while (Date.now() < deadline) {
    if (!(await claim(def.kind, id, me))) {
      // Busy: its holder counts what is there. A view about to read waits for it (within its budget) rather than show figures from before.
      if (!(await hasDirty(def, id))) break
      await new Promise((resolve) => setTimeout(resolve, 50 + Math.random() * 100))
      continue
    }
    try {
      counted += await drain(def, id, me, known, deadline - Date.now())
    } finally {
      await release(def.kind, id, me)
    }
    if (!(await hasDirty(def, id))) break
  }
  return counted
}

/**
 * Runs `work` while holding the lane (waiting for it a little if it is busy),
 * after counting everything pending, so nothing counts concurrently: for
 * changes that move counted amounts themselves (a meeting moved to another
 * period, its finalisation, a publish). Throws LaneBusy when it cannot get
 * the lane in time.
 */
export async function holdingLane<R extends Counted, C, T>(def: LaneDefinition<R, C>, id: string, work: () => Promise<T>, waitMs = 8_000): Promise<T> {
  const me = randomBytes(8).toString('hex')
  const deadline = Date.now() + waitMs
  await openLane(def.kind, id)
  while (!(await claim(def.kind, id, me))) {
    if (Date.now() > deadline) throw new LaneBusy()
    await new Promise((resolve) => setTimeout(resolve, 50 + Math.random() * 150))
  }
  try {
    // What is pending is counted first (as far as time allows: what is left is counted after the work, correctly either way).
    await drain(def, id, me, undefined, HOLDING_DRAIN_MS)
    const result = await work()
    await drain(def, id, me, undefined, HOLDING_DRAIN_MS)
    return result
  } finally {
    await release(def.kind, id, me)
  }
}

/** A job on a lane counts at most this long before and after its work: the sweep does the rest. */
const HOLDING_DRAIN_MS = 3_000

/** A job could not get its lane in time: a typed answer the caller may retry, never INTERNAL. */
export class LaneBusy extends AppFailure {
  constructor() {
    super('BUSY', '正在统计，请稍后重试')
    this.name = 'LaneBusy'
  }
}

/**
 * How long one call keeps counting before it leaves the rest to the next
 * view or the sweep: well inside any function's timeout, so a request that
 * took a busy lane still answers in time.
 */
const DRAIN_BUDGET_MS = 4_000
/** The sweep runs in a function with a 60 s timeout. */
const SWEEP_BUDGET_MS = 40_000

async function drain<R extends Counted, C>(def: LaneDefinition<R, C>, id: string, me: string, known?: C, budgetMs = DRAIN_BUDGET_MS): Promise<number> {
  let counted = 0
  let context: C | null | undefined = known
  const deadline = Date.now() + budgetMs
  for (let seq = 0; Date.now() < deadline; seq += 1) {
    const lane = (await lanes().doc(laneId(def.kind, id)).get()).data[0] as LaneDoc | undefined
    if (!lane || lane.holder !== me) return counted
    let batch = lane.batch ? loadBatch(lane.batch) : null
    if (!batch) {
      if (context === undefined) context = await def.loadContext(id)
      if (context === null) return counted
      batch = await newBatch(def, id, context, `${me}-${seq}`)
      if (!batch) return counted
      if (!(await updateHeld(def.kind, id, me, { batch: database().command.set(storeBatch(batch)) }))) return counted
    }
    if (batch.phase === 'apply') {
      await applyBatch(batch)
      await settleRecords(def, batch)
      if (!(await updateHeld(def.kind, id, me, { 'batch.phase': 'cleanup' }))) return counted
    }
    await removeMarkers(batch)
    if (!(await updateHeld(def.kind, id, me, { batch: null }))) return counted
    counted += batch.records.length
  }
  return counted
}

async function newBatch<R extends Counted, C>(def: LaneDefinition<R, C>, id: string, context: C, batchId: string): Promise<Batch | null> {
  const { data } = await database()
    .collection(def.records)
    .where({ [def.laneField]: id, dirty: true })
    .limit(BATCH_RECORDS)
    .get()
  const records = data as R[]
  if (records.length === 0) return null
  const moves: CounterMove[] = []
  const creates = new Map<string, { collection: string; id: string; fields: Record<string, unknown> }>()
  const settled = records.map((record) => {
    const next = def.contribution(record)
    const delta = subtract(next, countedOf(record, def.contribution))
    if (!isZero(delta)) {
      moves.push(...def.moves(context, record, delta))
      for (const create of def.creates?.(context, record) ?? []) creates.set(`${create.collection}\u0000${create.id}`, create)
    }
    return { _id: record._id, version: record.version ?? 0, countedAs: next }
  })
  return { id: batchId, phase: 'apply', creates: [...creates.values()], groups: planIncrements(moves), records: settled }
}

const chunks = <T>(items: T[]): T[][] => Array.from({ length: Math.ceil(items.length / CHUNK) }, (_unused, i) => items.slice(i * CHUNK, (i + 1) * CHUNK))

const applyBatch = (batch: Batch): Promise<void> => applyOnce(batch.id, batch.groups, batch.creates)

/**
 * Applies increments so that each document takes them once under `markerId`,
 * however often this runs (a retry, a replay after a crash, two callers at
 * once): the marker is set by the same atomic update that increments. The
 * caller removes the markers (`clearMarkers`) once nothing can replay it.
 */
export async function applyOnce(markerId: string, groups: ReadonlyArray<IncrementGroup>, creates: Batch['creates'] = []): Promise<void> {
  const db = database()
  const _ = db.command
  await createMissing(creates)
  const marker = `${MARKER}.${markerId}`
  for (const group of groups) {
    const update = { ...Object.fromEntries(Object.entries(group.delta).map(([field, n]) => [field, _.inc(n)])), [marker]: true }
    for (const ids of chunks(group.ids))
      await db
        .collection(group.collection)
        .where({ _id: _.in(ids), [marker]: _.exists(false) })
        .update(update)
  }
}

async function createMissing(creates: Batch['creates']): Promise<void> {
  const db = database()
  const byCollection = new Map<string, Batch['creates']>()
  for (const create of creates) byCollection.set(create.collection, [...(byCollection.get(create.collection) ?? []), create])
  for (const [collection, wanted] of byCollection) {
    for (const part of chunks(wanted)) {
      const { data } = await db
        .collection(collection)
        .where({ _id: db.command.in(part.map((c) => c.id)) })
        .field({ _id: true })
        .limit(part.length)
        .get()
      const existing = new Set((data as Array<{ _id: string }>).map((doc) => doc._id))
      // One created meanwhile by someone else is skipped.
      await insertAllOnce(
        collection,
        part.filter((c) => !existing.has(c.id)).map((c) => ({ _id: c.id, ...c.fields }))
      )
    }
  }
}

/**
 * The records now count as the batch computed; those unchanged since the
 * batch read them are clean, the others stay dirty for the next batch.
 */
async function settleRecords<R extends Counted, C>(def: LaneDefinition<R, C>, batch: Batch): Promise<void> {
  const db = database()
  const _ = db.command
  const group = <K>(key: (record: Batch['records'][number]) => K): Map<string, { key: K; ids: string[] }> => {
    const out = new Map<string, { key: K; ids: string[] }>()
    for (const record of batch.records) {
      const k = key(record)
      const text = JSON.stringify(k)
      out.set(text, { key: k, ids: [...(out.get(text)?.ids ?? []), record._id] })
    }
    return out
  }
  for (const { key, ids } of group((record) => record.countedAs).values())
    await db
      .collection(def.records)
      .where({ _id: _.in(ids) })
      .update({ countedAs: _.set(key) })
  for (const { key, ids } of group((record) => record.version).values())
    await db
      .collection(def.records)
      .where({ _id: _.in(ids), version: key })
      .update({ dirty: false })
  // Records from before the ledger have no version: they match version 0 only as absent.
  const unversioned = batch.records.filter((record) => record.version === 0).map((record) => record._id)
  if (unversioned.length > 0)
    await db
      .collection(def.records)
      .where({ _id: _.in(unversioned), version: _.exists(false) })
      .update({ dirty: false })
}

const removeMarkers = (batch: Batch): Promise<void> => clearMarkers(batch.id, batch.groups)

export async function clearMarkers(markerId: string, groups: ReadonlyArray<IncrementGroup>): Promise<void> {
  const db = database()
  const _ = db.command
  const marker = `${MARKER}.${markerId}`
  const byCollection = new Map<string, string[]>()
  for (const group of groups) byCollection.set(group.collection, [...(byCollection.get(group.collection) ?? []), ...group.ids])
  for (const [collection, ids] of byCollection)
    for (const part of chunks(ids))
      await db
        .collection(collection)
        .where({ _id: _.in(part) })
        .update({ [marker]: _.remove() })
}

/**
 * The sweep (a timer): counts every lane that has dirty records or a batch a
 * crashed holder left, opening lanes that were never opened. Bounded by what
 * is pending, not by history.
 */
export async function sweepLanes(
  defs: ReadonlyArray<LaneDefinition<Counted, unknown>>,
  options: { maxLanes?: number; budgetMs?: number } = {}
): Promise<{ lanes: number; counted: number }> {
  const deadline = Date.now() + (options.budgetMs ?? SWEEP_BUDGET_MS)
  const db = database()
  const _ = db.command
  let lanesSwept = 0
  let counted = 0
  for (const def of defs) {
    const { data } = await db
      .collection(def.records)
      .where({ dirty: true })
      .field({ [def.laneField]: true })
      .limit(1000)
      .get()
    const ids = [...new Set((data as Array<Record<string, string>>).map((record) => record[def.laneField]))]
    const { data: stuck } = await lanes()
      .where({ _id: db.RegExp({ regexp: `^${def.kind}:` }), batch: _.neq(null), leaseUntil: _.lt(wallNow()) })
      .field({ _id: true })
      .limit(1000)
      .get()
    for (const lane of stuck as Array<{ _id: string }>) ids.push(lane._id.slice(def.kind.length + 1))
    for (const id of new Set(ids)) {
      if ((options.maxLanes !== undefined && lanesSwept >= options.maxLanes) || Date.now() >= deadline) break
      await openLane(def.kind, id)
      counted += await countLane(def, id, undefined, deadline - Date.now())
      lanesSwept += 1
    }
  }
  return { lanes: lanesSwept, counted }
}
