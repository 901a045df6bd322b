import { type StoredRole } from './scope'
import { within } from '../org-path'

/**
 * A member's roles after moving into `branch`: the plain membership follows
 * them, and every office is kept exactly when its unit still contains them (a
 * 支部书记 moved into a 党小组 of their own branch stays secretary; a 党总支书记
 * moved to a branch of another 党总支 is not secretary there).
 */
export function rolesAfterMove(roles: readonly StoredRole[], branch: { _id: string; path: string }): StoredRole[] {
  const offices = roles.filter((grant) => grant.role !== 'member' && within(grant.unitPath, branch.path))
  return [{ role: 'member', unitId: branch._id, unitPath: branch.path }, ...offices]
}
