import type { Capability, Role, RoleGrant, UnitType, UnitView } from '@contract/org'
import type { WorkbenchScope } from '@contract/me'
import { CHILD_UNIT_TYPES, ROLE_CAPABILITIES, ROLE_RANK, ROLE_UNIT_TYPES, ROLES } from '@contract/org-rules'

/**
 * What the UI offers, so people are not shown buttons that can only fail.
 * The server decides (cloudfunctions/_shared/domain/org/authorize.ts) with the
 * same tables (contract/org-rules.ts); a refusal still arrives as an error the
 * page shows.
 */

/** Which roles may be held at each kind of unit (besides plain member), most senior first. */
const SENIOR_FIRST = [...ROLES].reverse()
const ROLES_AT = Object.fromEntries(
  (['committee', 'general_branch', 'branch', 'group'] as UnitType[]).map((type) => [
    type,
    SENIOR_FIRST.filter((role) => role !== 'member' && ROLE_UNIT_TYPES[role].includes(type))
  ])
) as Record<UnitType, Role[]>

/** Roles that carry roles.appoint (the others cannot appoint anyone). */
const APPOINTING_ROLES = ROLES.filter((role) => ROLE_CAPABILITIES[role].includes('roles.appoint'))

export { CHILD_UNIT_TYPES }

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

/**
 * Whether the caller stands above everyone's roles in `memberRoles`, by the
 * roles that give them `capability` over `home` (the member's unit): the rank
 * rule every action on a member passes on the server.
 */
export function outranks(grants: RoleGrant[], home: Pick<UnitView, 'id' | 'pathIds'>, memberRoles: RoleGrant[], capability: Capability): boolean {
  const path = home.pathIds.length > 0 ? home.pathIds : [home.id]
  const mine = grants
    .filter((grant) => ROLE_CAPABILITIES[grant.role].includes(capability) && path.includes(grant.unitId))
    .reduce((highest, grant) => Math.max(highest, ROLE_RANK[grant.role]), -1)
  const theirs = memberRoles.reduce((highest, grant) => Math.max(highest, ROLE_RANK[grant.role]), 0)
  return mine > theirs
}
