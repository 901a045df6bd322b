import type { UnitType } from '../../contract/org'
import { CHILD_UNIT_TYPES, UNIT_TYPE_LABELS } from '../../contract/org-rules'

export function canContain(parent: UnitType, child: UnitType): boolean {
  return (CHILD_UNIT_TYPES[parent] as readonly UnitType[]).includes(child)
}

export { UNIT_TYPE_LABELS }
