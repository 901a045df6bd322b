import { countedOf, planIncrements, type CounterMove, type Counted, type Counts, type IncrementGroup } from '../counting/counts'
import { attendanceContribution, type AttendanceRecord } from '../counting/lanes'
import { allKeys, bucketId, memberStatsId, type PeriodKeys } from './periods'

const COUNTED = ['present', 'late', 'leave', 'absent', 'madeUp'] as const

/** A unit's counters of the meeting, as they stand. */
export type UnitCounts = { unitId: string } & Record<(typeof COUNTED)[number], number>

/** A member's attendance with what the counters hold for it. */
export type CountedAttendance = AttendanceRecord & Counted

/** A member's year document the move needs to exist before it increments it. */
export interface StatsCreate {
  collection: 'memberStats'
  id: string
  fields: Record<string, unknown>
}

const negate = (counts: Counts): Counts => Object.fromEntries(Object.entries(counts).map(([field, n]) => [field, -n]))
const under = (period: string, counts: Counts): Counts => Object.fromEntries(Object.entries(counts).map(([field, n]) => [`periods.${period}.${field}`, n]))

/** The period keys a meeting leaves when it moves from one time to another (none: nothing to move). */
export const leavingKeys = (from: PeriodKeys, to: PeriodKeys): string[] => allKeys(from).filter((key, i) => key !== allKeys(to)[i])

/** Marks the move on the counters, so a retry after a crash moves once. */
export const periodMoveMarker = (meetingId: string, from: PeriodKeys, to: PeriodKeys): string =>
  `move-${meetingId}-${allKeys(from).join('.')}-${allKeys(to).join('.')}`.replace(/\./g, '_')

/**
 * What a meeting moved to another period takes along: what its attendance
 * already counted leaves the old period's buckets (units and members) and
 * enters the new one's.
 */
export function periodMove(
  from: PeriodKeys,
  to: PeriodKeys,
  units: ReadonlyArray<UnitCounts>,
  states: ReadonlyArray<CountedAttendance>
): { groups: IncrementGroup[]; creates: StatsCreate[] } {
  const leaving = leavingKeys(from, to)
  const entering = allKeys(to).filter((key, i) => key !== allKeys(from)[i])
  const moves: CounterMove[] = []
  for (const unit of units) {
    const counts = Object.fromEntries(COUNTED.map((field) => [field, unit[field]]).filter(([, n]) => n !== 0)) as Counts
    if (Object.keys(counts).length === 0) continue
    leaving.forEach((key) => moves.push({ collection: 'unitStats', id: bucketId(unit.unitId, key), delta: negate(counts) }))
    entering.forEach((key) => moves.push({ collection: 'unitStats', id: bucketId(unit.unitId, key), delta: counts }))
  }
  const creates: StatsCreate[] = []
  for (const state of states) {
    const counts = countedOf(state, attendanceContribution)
    if (Object.keys(counts).length === 0) continue
    for (const key of leaving) moves.push({ collection: 'memberStats', id: memberStatsId(state.memberId, from.year), delta: negate(under(key, counts)) })
    for (const key of entering) moves.push({ collection: 'memberStats', id: memberStatsId(state.memberId, to.year), delta: under(key, counts) })
    creates.push({
      collection: 'memberStats',
      id: memberStatsId(state.memberId, to.year),
      fields: { memberId: state.memberId, unitPath: state.unitPath, year: to.year, periods: {} }
    })
  }
  return { groups: planIncrements(moves), creates }
}
