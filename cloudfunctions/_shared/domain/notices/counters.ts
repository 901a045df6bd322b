import { pathIds } from '../org-path'

/**
 * Pre-aggregated counters per (notice, unit) for every unit up the tree, so
 * dashboards read a handful of documents instead of scanning answers.
 */
export interface UnitForCounting {
  id: string
  path: string
  memberCount: number
}

/** Members assigned to each unit's subtree, summed from the units' own counters (no member is read). */
export function assignedBySubtree(units: ReadonlyArray<UnitForCounting>): Map<string, number> {
  const totals = new Map<string, number>()
  for (const unit of units) {
    for (const ancestorId of pathIds(unit.path)) {
      totals.set(ancestorId, (totals.get(ancestorId) ?? 0) + unit.memberCount)
    }
  }
  return totals
}

/** The deterministic id of a (notice, unit) counter document. */
export const noticeUnitId = (noticeId: string, unitId: string): string => `${noticeId}:${unitId}`

/** The deterministic id of a member's state for a notice: a retry or double tap writes once. */
export const noticeMemberId = (noticeId: string, memberId: string): string => `${noticeId}:${memberId}`
