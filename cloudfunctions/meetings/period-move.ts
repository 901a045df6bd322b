import type { MeetingDoc, MeetingMemberDoc, MeetingUnitDoc } from '../_shared/data/meeting-docs'
import { readAll } from '../_shared/data/query'
import { bumpMemberStats, incBuckets } from '../_shared/data/stats'
import { statusDelta } from '../_shared/domain/meetings/attendance'
import { allKeys, type PeriodKeys } from '../_shared/domain/dashboard/periods'

const COUNTED = ['present', 'late', 'leave', 'absent', 'madeUp'] as const

/**
 * A meeting moved before it started (to another week or month): what its
 * attendance already counted (approved leave, early check-ins) leaves the
 * old period's buckets and enters the new one's. Rare, and small: one
 * meeting's units and the few members with a counted status.
 */
export async function movePeriod(meeting: MeetingDoc, from: PeriodKeys, to: PeriodKeys): Promise<void> {
  const changed = allKeys(from).filter((key, i) => key !== allKeys(to)[i])
  if (changed.length === 0) return
  const entering = allKeys(to).filter((key, i) => key !== allKeys(from)[i])
  const [units, states] = await Promise.all([readAll<MeetingUnitDoc>('meetingUnits', { meetingId: meeting._id }), readAll<MeetingMemberDoc>('meetingMembers', { meetingId: meeting._id })])
  for (const unit of units) {
    const counts = Object.fromEntries(COUNTED.map((field) => [field, unit[field]]).filter(([, n]) => n !== 0))
    if (Object.keys(counts).length === 0) continue
    await incBuckets([unit.unitId], changed, Object.fromEntries(Object.entries(counts).map(([field, n]) => [field, -(n as number)])))
    await incBuckets([unit.unitId], entering, counts as Record<string, number>)
  }
  for (const state of states) {
    const delta: Record<string, number> = { ...statusDelta('pending', state.status), ...(state.makeup?.completedAt ? { madeUp: 1 } : {}) }
    if (Object.keys(delta).length === 0) continue
    const member = { _id: state.memberId, unitPath: state.unitPath }
    await bumpMemberStats(member, from, Object.fromEntries(Object.entries(delta).map(([f, n]) => [f, -n])))
    await bumpMemberStats(member, to, delta)
  }
}
