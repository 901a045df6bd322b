import type { MeetingType } from '../../contract/meetings-api'
import { planIncrements, type IncrementGroup } from '../counting/counts'
import { heldCategories } from './held'
import { allKeys, bucketId, localMonth, periodKeys } from './periods'

/**
 * A held meeting counts in its period for every unit it was held for: one
 * more meeting (by category, for the quotas; in the year bucket also by
 * month) and its invited members as the base of attendance rates.
 */
export function heldIncrements(
  meeting: { type: MeetingType; noticeId: string | null; startAt: Date },
  units: ReadonlyArray<{ unitId: string; invited: number }>
): IncrementGroup[] {
  const keys = periodKeys(meeting.startAt)
  const categories = heldCategories(meeting)
  const perPeriod = { meetingsHeld: 1, ...Object.fromEntries(categories.map((c) => [`held.${c}`, 1])) }
  const perYear = Object.fromEntries(categories.map((c) => [`heldByMonth.${c}.${localMonth(meeting.startAt)}`, 1]))
  return planIncrements(
    units.flatMap((unit) => [
      ...allKeys(keys).map((period) => ({
        collection: 'unitStats' as const,
        id: bucketId(unit.unitId, period),
        delta: { ...perPeriod, meetingInvited: unit.invited }
      })),
      { collection: 'unitStats' as const, id: bucketId(unit.unitId, keys.year), delta: perYear }
    ])
  )
}
