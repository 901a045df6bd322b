import type { Capability, Role, RoleGrant, UnitType, UnitView } from '@contract/org'
import type { WorkbenchScope } from '@contract/me'

/**
 * What the UI offers, so people are not shown buttons that can only fail.
 * The server decides (cloudfunctions/_shared/domain/org/authorize.ts); these
 * mirror its tables (roles.ts, tree.ts) and a refusal still arrives as an
 * error the page shows.
 */

/** What may sit under what: 党委 → 党总支 or 直属党支部; 党总支 → 党支部; 党支部 → 党小组. */
export const CHILD_UNIT_TYPES: Record<UnitType, UnitType[]> = {
  committee: ['general_branch', 'branch'],
  general_branch: ['branch'],
  branch: ['group'],
  group: [],
}

const ROLE_RANK: Record<Role, number> = {
  member: 0,
  points_recorder: 1,
  organizer: 1,
  branch_committee: 1,
  branch_secretary: 2,
  general_branch_secretary: 3,
  org_department: 4,
}

/** The roles that may be held at a unit of each kind (besides plain member). */
const ROLES_AT: Record<UnitType, Role[]> = {
  committee: ['org_department'],
  general_branch: ['general_branch_secretary'],
  branch: ['branch_secretary', 'branch_committee', 'organizer', 'points_recorder'],
  group: [],
}

/** Roles that carry roles.appoint (the others cannot appoint anyone). */
const APPOINTING_ROLES: Role[] = ['branch_secretary', 'general_branch_secretary', 'org_department']

/** The caller's capabilities at `unit`: every workbench scope at the unit or above it. */
export function capabilitiesAt(workbench: WorkbenchScope[], unit: Pick<UnitView, 'id' | 'pathIds'>): Set<Capability> {
  const path = unit.pathIds.length > 0 ? unit.pathIds : [unit.id]
  const result = new Set<Capability>()
  for (const scope of workbench) {
    if (path.includes(scope.unitId)) scope.capabilities.forEach((capability) => result.add(capability))
  }
  return result
}

/** The caller's highest appointing rank over `unit`; -1 when they may appoint nobody there. */
function appointingRank(grants: RoleGrant[], unit: Pick<UnitView, 'id' | 'pathIds'>): number {
  const path = unit.pathIds.length > 0 ? unit.pathIds : [unit.id]
  return grants
    .filter((grant) => APPOINTING_ROLES.includes(grant.role) && path.includes(grant.unitId))
    .reduce((highest, grant) => Math.max(highest, ROLE_RANK[grant.role]), -1)
}

/**
 * The grants the caller may make for a member of `home` (their branch): a
 * role is held at the member's own unit or one above it (a 党总支书记 is a
 * member of one of its branches), fits that kind of unit, and ranks strictly
 * below the caller's own role over that unit.
 */
export function appointableGrants(grants: RoleGrant[], home: UnitView, unitsById: ReadonlyMap<string, UnitView>): RoleGrant[] {
  const result: RoleGrant[] = []
  const path = home.pathIds.length > 0 ? home.pathIds : [home.id]
  for (const unitId of [...path].reverse()) {
    const unit = unitsById.get(unitId)
    if (!unit) continue // above the caller's visible subtree: theirs to appoint only if they can see it
    const rank = appointingRank(grants, unit)
    for (const role of ROLES_AT[unit.type]) if (ROLE_RANK[role] < rank) result.push({ role, unitId: unit.id })
  }
  return result
}

/** Whether the caller may take `role` back at `unit` (the same rule as granting it). */
export function canRevoke(grants: RoleGrant[], unit: Pick<UnitView, 'id' | 'pathIds'>, role: Role): boolean {
  return role !== 'member' && ROLE_RANK[role] < appointingRank(grants, unit)
}
