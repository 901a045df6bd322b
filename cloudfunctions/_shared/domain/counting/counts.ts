/**
 * Counting with a ledger on the record itself. Every raw record that counts
 * (a member's notice state, a member's attendance) says what it contributes
 * (`contribution`, derived from its state) and what the counters already hold
 * for it (`countedAs`). A record whose state changed is `dirty`; counting it
 * moves every counter by `contribution − countedAs` and then sets `countedAs`.
 * Once nothing is dirty, every counter equals a recount of the records.
 */
export type Counts = Record<string, number>

/** The fields a record keeps for counting. `version` grows with every change of its counted state. */
export interface Counted {
  _id: string
  version?: number
  dirty?: boolean
  /** Absent on records written before counting kept a ledger: those were counted as they stood. */
  countedAs?: Counts
}

/** `next − applied`, without zero entries. */
export function subtract(next: Counts, applied: Counts): Counts {
  const delta: Counts = {}
  for (const field of new Set([...Object.keys(next), ...Object.keys(applied)])) {
    const n = (next[field] ?? 0) - (applied[field] ?? 0)
    if (n !== 0) delta[field] = n
  }
  return delta
}

export const isZero = (counts: Counts): boolean => Object.values(counts).every((n) => n === 0)

export function addInto(total: Counts, delta: Counts): Counts {
  for (const [field, n] of Object.entries(delta)) total[field] = (total[field] ?? 0) + n
  return total
}

/** Counter collections a batch moves. */
export type CounterCollection = 'noticeUnits' | 'meetingUnits' | 'unitStats' | 'memberStats'

/** One counter document and what to add to it (field paths may be dotted, e.g. periods.Y2026.present). */
export interface CounterMove {
  collection: CounterCollection
  id: string
  delta: Counts
}

/** Documents of one collection that receive the same delta: one database call. */
export interface IncrementGroup {
  collection: CounterCollection
  ids: string[]
  delta: Counts
}

/**
 * Sums the moves per document, then groups documents that end up with the
 * same delta, so a batch of a hundred check-ins in one branch is a handful of
 * updates, not a hundred.
 */
export function planIncrements(moves: ReadonlyArray<CounterMove>): IncrementGroup[] {
  const perDoc = new Map<string, { collection: CounterCollection; id: string; delta: Counts }>()
  for (const move of moves) {
    const key = `${move.collection}\u0000${move.id}`
    const entry = perDoc.get(key) ?? { collection: move.collection, id: move.id, delta: {} }
    addInto(entry.delta, move.delta)
    perDoc.set(key, entry)
  }
  const groups = new Map<string, IncrementGroup>()
  for (const { collection, id, delta } of perDoc.values()) {
    const cleaned = subtract(delta, {})
    if (isZero(cleaned)) continue
    const key = `${collection}\u0000${JSON.stringify(Object.entries(cleaned).sort(([a], [b]) => (a < b ? -1 : 1)))}`
    const group = groups.get(key) ?? { collection, ids: [], delta: cleaned }
    group.ids.push(id)
    groups.set(key, group)
  }
  return [...groups.values()]
}

/** What the counters hold for a record: its ledger, or for a record from before the ledger, its contribution then. */
export const countedOf = <R extends Counted>(record: R, contribution: (record: R) => Counts): Counts => record.countedAs ?? contribution(record)

/**
 * The ledger fields a writer sets when it changes a record's counted state:
 * one more version, dirty, and (for a record from before the ledger) what the
 * counters already hold for it, so the change is counted and nothing twice.
 */
export function markChanged<R extends Counted>(
  before: R,
  existed: boolean,
  contribution: (record: R) => Counts
): { version: number; dirty: true; countedAs: Counts } {
  return { version: (before.version ?? 0) + 1, dirty: true, countedAs: existed ? countedOf(before, contribution) : {} }
}
