import { applyOnce, clearMarkers } from '../_shared/data/counting'
import type { MeetingDoc } from '../_shared/data/meeting-docs'
import { attendanceOfMeeting } from '../_shared/data/meetings/attendance-records'
import { countersOfMeeting } from '../_shared/data/meetings/meeting-counters'
import { ensureBuckets } from '../_shared/data/stats'
import { countedOf, planIncrements, type CounterMove, type Counts } from '../_shared/domain/counting/counts'
import { attendanceContribution } from '../_shared/domain/counting/lanes'
import { allKeys, bucketId, memberStatsId, type PeriodKeys } from '../_shared/domain/dashboard/periods'

const COUNTED = ['present', 'late', 'leave', 'absent', 'madeUp'] as const

const negate = (counts: Counts): Counts => Object.fromEntries(Object.entries(counts).map(([field, n]) => [field, -n]))
const under = (period: string, counts: Counts): Counts => Object.fromEntries(Object.entries(counts).map(([field, n]) => [`periods.${period}.${field}`, n]))

/**
 * A meeting moved before it started (to another week or month): what its
 * attendance already counted (approved leave, early check-ins) leaves the
 * old period's buckets and enters the new one's. Runs on the meeting's lane
 * after everything pending was counted, before the meeting's new time is
 * saved, and marked with the move, so a retry after a crash moves once;
 * resolves with the clean-up to run once the new time is saved.
 * Rare, and small: one meeting's units and the few members with a counted status.
 */
export async function movePeriod(meeting: MeetingDoc, from: PeriodKeys, to: PeriodKeys): Promise<() => Promise<void>> {
  const leaving = allKeys(from).filter((key, i) => key !== allKeys(to)[i])
  if (leaving.length === 0) return async () => undefined
  const entering = allKeys(to).filter((key, i) => key !== allKeys(from)[i])
  const [units, states] = await Promise.all([countersOfMeeting(meeting._id), attendanceOfMeeting(meeting._id)])
  await ensureBuckets(units.map((unit) => ({ _id: unit.unitId, name: unit.unitName, type: unit.unitType, path: unit.unitPath })), to)
  const moves: CounterMove[] = []
  for (const unit of units) {
    const counts = Object.fromEntries(COUNTED.map((field) => [field, unit[field]]).filter(([, n]) => n !== 0)) as Counts
    if (Object.keys(counts).length === 0) continue
    leaving.forEach((key) => moves.push({ collection: 'unitStats', id: bucketId(unit.unitId, key), delta: negate(counts) }))
    entering.forEach((key) => moves.push({ collection: 'unitStats', id: bucketId(unit.unitId, key), delta: counts }))
  }
  const creates = []
  for (const state of states) {
    const counts = countedOf(state, attendanceContribution)
    if (Object.keys(counts).length === 0) continue
    for (const key of leaving) moves.push({ collection: 'memberStats', id: memberStatsId(state.memberId, from.year), delta: negate(under(key, counts)) })
    for (const key of entering) moves.push({ collection: 'memberStats', id: memberStatsId(state.memberId, to.year), delta: under(key, counts) })
    creates.push({ collection: 'memberStats', id: memberStatsId(state.memberId, to.year), fields: { memberId: state.memberId, unitPath: state.unitPath, year: to.year, periods: {} } })
  }
  const groups = planIncrements(moves)
  const marker = `move-${meeting._id}-${allKeys(from).join('.')}-${allKeys(to).join('.')}`.replace(/\./g, '_')
  await applyOnce(marker, groups, creates)
  // The markers go once the new time is saved: the caller runs this after saving.
  return () => clearMarkers(marker, groups)
}
