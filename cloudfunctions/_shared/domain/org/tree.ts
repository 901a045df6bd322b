import type { UnitType } from '../../contract/org'

/**
 * What may sit under what (DOMAIN.md, Organisation): 党委 → 党总支 or 直属党支部;
 * 党总支 → 党支部; 党支部 → 党小组. A 党支部 directly under the 党委 is 直属.
 */
const CHILD_TYPES: Record<UnitType, UnitType[]> = {
  committee: ['general_branch', 'branch'],
  general_branch: ['branch'],
  branch: ['group'],
  group: []
}

export function canContain(parent: UnitType, child: UnitType): boolean {
  return CHILD_TYPES[parent].includes(child)
}

export const UNIT_TYPE_LABELS: Record<UnitType, string> = {
  committee: '党委',
  general_branch: '党总支',
  branch: '党支部',
  group: '党小组'
}
