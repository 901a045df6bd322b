import type { UnitType } from '../../contract/org'
import { CHILD_UNIT_TYPES } from '../../contract/org-rules'

export function canContain(parent: UnitType, child: UnitType): boolean {
  return (CHILD_UNIT_TYPES[parent] as readonly UnitType[]).includes(child)
}

export const UNIT_TYPE_LABELS: Record<UnitType, string> = {
  committee: '党委',
  general_branch: '党总支',
  branch: '党支部',
  group: '党小组'
}
