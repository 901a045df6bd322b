import type { Capability, Role } from '../../contract/org'

/**
 * How roles rank: a caller may only grant roles strictly below their own, and
 * only inside their own subtree, so nobody can raise themselves.
 */
export const ROLE_RANK: Record<Role, number> = {
  member: 0,
  points_recorder: 1,
  organizer: 1,
  branch_committee: 1,
  branch_secretary: 2,
  general_branch_secretary: 3,
  org_department: 4
}

export const ROLES = Object.keys(ROLE_RANK) as Role[]

/** What each role may do inside the subtree of the unit it is held at. */
export const ROLE_CAPABILITIES: Record<Role, Capability[]> = {
  member: [],
  points_recorder: ['members.view'],
  branch_committee: ['members.view'],
  organizer: ['members.view', 'members.manage', 'members.import'],
  branch_secretary: ['members.view', 'members.manage', 'members.import', 'roles.appoint', 'audit.view'],
  general_branch_secretary: ['members.view', 'members.manage', 'members.import', 'roles.appoint', 'audit.view', 'units.manage'],
  org_department: ['members.view', 'members.manage', 'members.import', 'roles.appoint', 'audit.view', 'units.manage']
}

/** Roles that must be held at a unit of a given kind. */
export const ROLE_UNIT_TYPES: Record<Role, ReadonlyArray<string>> = {
  member: ['branch', 'general_branch', 'committee', 'group'],
  points_recorder: ['branch'],
  organizer: ['branch'],
  branch_committee: ['branch'],
  branch_secretary: ['branch'],
  general_branch_secretary: ['general_branch'],
  org_department: ['committee']
}
