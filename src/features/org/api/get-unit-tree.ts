import type { OrgActions } from '@contract/org'
import { callOrg } from './call-org'

/** The caller's visible subtree, flat, each unit with parentId, pathIds and memberCount (`units.tree`). */
export function getUnitTree(): Promise<OrgActions['units.tree']['result']> {
  return callOrg('units.tree', {})
}
