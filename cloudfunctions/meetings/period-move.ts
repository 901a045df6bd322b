import { applyOnce, clearMarkers } from '../_shared/data/counting'
import type { MeetingDoc } from '../_shared/data/meeting-docs'
import { attendanceOfMeeting } from '../_shared/data/meetings/attendance-records'
import { countersOfMeeting } from '../_shared/data/meetings/meeting-counters'
import { ensureBuckets } from '../_shared/data/stats'
import type { PeriodKeys } from '../_shared/domain/dashboard/periods'
import { leavingKeys, periodMove, periodMoveMarker } from '../_shared/domain/dashboard/meeting-period-move'

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
  if (leavingKeys(from, to).length === 0) return async () => undefined
  const [units, states] = await Promise.all([countersOfMeeting(meeting._id), attendanceOfMeeting(meeting._id)])
  await ensureBuckets(
    units.map((unit) => ({ _id: unit.unitId, name: unit.unitName, type: unit.unitType, path: unit.unitPath })),
    to
  )
  const { groups, creates } = periodMove(from, to, units, states)
  const marker = periodMoveMarker(meeting._id, from, to)
  await applyOnce(marker, groups, creates)
  // The markers go once the new time is saved: the caller runs this after saving.
  return () => clearMarkers(marker, groups)
}
