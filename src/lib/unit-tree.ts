import { ORG_FUNCTION, type OrgActions } from '@contract/org'
import { callFunction } from '@/api'

type UnitTree = OrgActions['units.tree']['result']

/**
 * The caller's visible subtree, flat, each unit with parentId, pathIds and
 * memberCount (`units.tree`). Here rather than in features/org because the
 * notices feature reads it too (publish targets) and features do not import
 * each other; features/org/api re-exports it.
 */
export function getUnitTree(): Promise<UnitTree> {
  return callFunction<UnitTree>(ORG_FUNCTION, { action: 'units.tree', payload: {} })
}
