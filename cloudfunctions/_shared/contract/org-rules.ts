import type { Capability, ChildUnitType, MemberStatus, Role, UnitType } from './org'

/**
 * The organisation's rule tables, shared by the server (which decides, in
 * domain/org/authorize.ts) and the mini-program (which only hides buttons
 * that would fail). Plain data: no imports beyond types.
 */

/** A caller may only grant roles strictly below their own, inside their own subtree. */
export const ROLE_RANK: Record<Role, number> = {
  member: 0,
  points_recorder: 1,
  organizer: 1,
  branch_committee: 1,
  branch_secretary: 2,
  general_branch_secretary: 3,
  org_department: 4
}

/** What each role may do inside the subtree of the unit it is held at. */
export const ROLE_CAPABILITIES: Record<Role, Capability[]> = {
  member: [],
  points_recorder: ['members.view'],
  branch_committee: ['members.view'],
  organizer: ['members.view', 'members.manage', 'members.import', 'notices.run', 'meetings.run'],
  branch_secretary: ['members.view', 'members.manage', 'members.import', 'roles.appoint', 'audit.view', 'notices.run', 'meetings.run', 'dashboard.view'],
  general_branch_secretary: [
    'members.view',
    'members.manage',
    'members.import',
    'roles.appoint',
    'audit.view',
    'units.manage',
    'notices.run',
    'meetings.run',
    'dashboard.view',
    'feedback.receive'
  ],
  org_department: [
    'members.view',
    'members.manage',
    'members.import',
    'roles.appoint',
    'audit.view',
    'units.manage',
    'notices.run',
    'meetings.run',
    'notices.publish',
    'dashboard.view',
    'quotas.manage',
    'feedback.receive'
  ]
}

/** The kinds of unit each role may be held at. */
export const ROLE_UNIT_TYPES: Record<Role, UnitType[]> = {
  member: ['branch', 'general_branch', 'committee', 'group'],
  points_recorder: ['branch'],
  organizer: ['branch'],
  branch_committee: ['branch'],
  branch_secretary: ['branch'],
  general_branch_secretary: ['general_branch'],
  org_department: ['committee']
}

/** What may sit under what (DOMAIN.md): 党委 → 党总支 or 直属党支部; 党总支 → 党支部; 党支部 → 党小组. */
export const CHILD_UNIT_TYPES: Record<UnitType, ChildUnitType[]> = {
  committee: ['general_branch', 'branch'],
  general_branch: ['branch'],
  branch: ['group'],
  group: []
}

export const ROLES = Object.keys(ROLE_RANK) as Role[]

/** How every screen, message and export names a unit's type: the one copy, for the server and the client. */
export const UNIT_TYPE_LABELS: Record<UnitType, string> = {
  committee: '党委',
  general_branch: '党总支',
  branch: '党支部',
  group: '党小组'
}

/** How every screen, message and export names a role: the one copy, for the server and the client. */
export const ROLE_LABELS: Record<Role, string> = {
  member: '党员',
  points_recorder: '积分记录员',
  organizer: '组织委员',
  branch_committee: '支委',
  branch_secretary: '支部书记',
  general_branch_secretary: '党总支书记',
  org_department: '组织部'
}

/**
 * How every screen and export names a member's standing: 在册 as a 党组织 says it (在册党员), the one copy for
 * the mini-program, the PC console and 我的数据's export.
 */
export const MEMBER_STATUS_LABELS: Record<MemberStatus, string> = {
  active: '在册',
  transferred_out: '已转出',
  inactive: '已停用'
}
