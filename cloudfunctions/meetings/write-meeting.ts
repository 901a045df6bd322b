import type { MeetingDoc } from '../_shared/data/meeting-docs'
import type { UnitDoc } from '../_shared/data/org-docs'
import { activeGroupMembers, unitsByIds, unitsUnder } from '../_shared/data/meetings/invited-units'
import { saveMeetingWithCounters, type CountedUnit } from '../_shared/data/meetings/meeting-writes'
import { assignedBySubtree } from '../_shared/domain/notices/counters'
import { pathIds } from '../_shared/domain/org-path'

/** Invited per counted unit: from the units' own member counters (a 党小组 counts its members once). */
async function countedUnits(unit: UnitDoc): Promise<CountedUnit[]> {
  const aboveUnits = await unitsByIds(pathIds(unit.path).slice(0, -1))
  if (unit.type === 'group') {
    const total = await activeGroupMembers(unit._id)
    return [...aboveUnits, unit].map((u) => ({ unit: u, invited: total }))
  }
  const subtree = (await unitsUnder(unit.path)).filter((u) => u.type !== 'group')
  const assigned = assignedBySubtree(subtree.map((u) => ({ id: u._id, path: u.path, memberCount: u.memberCount })))
  const total = assigned.get(unit._id) ?? 0
  return [...aboveUnits.map((u) => ({ unit: u, invited: total })), ...subtree.map((u) => ({ unit: u, invited: assigned.get(u._id) ?? 0 }))]
}

/** Writes a meeting with the counters of every unit it counts for (data/meetings/meeting-writes.ts orders the writes). */
export async function writeMeeting(doc: MeetingDoc, unit: UnitDoc): Promise<void> {
  await saveMeetingWithCounters(doc, await countedUnits(unit))
}
