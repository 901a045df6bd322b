import { ORG_FUNCTION, type OrgAction, type OrgActions } from '@contract/org'
import { callFunction } from '@/api'

/**
 * Every client call to members, units and invites (`org` function), one typed function per action,
 * in one module so a feature's server surface reads at a glance.
 */

/** One call to the `org` function, typed end to end by the contract's action table. */
export function callOrg<A extends OrgAction>(action: A, payload: OrgActions[A]['payload']): Promise<OrgActions[A]['result']> {
  return callFunction<OrgActions[A]['result']>(ORG_FUNCTION, { action, payload })
}

/** Adds a member (unbound until they redeem an invite) (`members.add`). */
export function addMember(payload: OrgActions['members.add']['payload']): Promise<OrgActions['members.add']['result']> {
  return callOrg('members.add', payload)
}

/** Grants a role at a unit (`roles.appoint`). */
export function appointRole(payload: OrgActions['roles.appoint']['payload']): Promise<OrgActions['roles.appoint']['result']> {
  return callOrg('roles.appoint', payload)
}

/** Writes a batch of previewed rows (`import.commit`). */
export function commitImport(payload: OrgActions['import.commit']['payload']): Promise<OrgActions['import.commit']['result']> {
  return callOrg('import.commit', payload)
}

/** Issues a single-use invite code for an unbound member (`invites.create`). */
export function createInvite(payload: OrgActions['invites.create']['payload']): Promise<OrgActions['invites.create']['result']> {
  return callOrg('invites.create', payload)
}

/** Adds a unit under a parent the caller manages (`units.create`). */
export function createUnit(payload: OrgActions['units.create']['payload']): Promise<OrgActions['units.create']['result']> {
  return callOrg('units.create', payload)
}

/** Marks a member transferred out or inactive, with a reason (`members.deactivate`). */
export function deactivateMember(payload: OrgActions['members.deactivate']['payload']): Promise<OrgActions['members.deactivate']['result']> {
  return callOrg('members.deactivate', payload)
}

/** The member import spreadsheet template, base64 xlsx (`import.template`). */
export function getImportTemplate(): Promise<OrgActions['import.template']['result']> {
  return callOrg('import.template', {})
}

/** The caller's visible subtree (`units.tree`); defined in src/lib because notices reads it too. */
export { getUnitTree } from '@/lib/unit-tree'

/** One page of a unit's audit log, newest first (`audit.list`). */
export function listAudit(payload: OrgActions['audit.list']['payload']): Promise<OrgActions['audit.list']['result']> {
  return callOrg('audit.list', payload)
}

export type BranchOption = OrgActions['units.branches']['result'][number]

/** Every 党支部 of the caller's 党委, for choosing a 流动党员's place of activity (`units.branches`). */
export function listBranches(): Promise<OrgActions['units.branches']['result']> {
  return callOrg('units.branches', {})
}

/** One page of a unit's members, optionally filtered by name (`members.list`). */
export function listMembers(payload: OrgActions['members.list']['payload']): Promise<OrgActions['members.list']['result']> {
  return callOrg('members.list', payload)
}

/** Moves a member to another unit (and optionally a 党小组) (`members.move`). */
export function moveMember(payload: OrgActions['members.move']['payload']): Promise<OrgActions['members.move']['result']> {
  return callOrg('members.move', payload)
}

/** Checks an uploaded spreadsheet: valid rows and row errors, nothing written (`import.preview`). */
export function previewImport(payload: OrgActions['import.preview']['payload']): Promise<OrgActions['import.preview']['result']> {
  return callOrg('import.preview', payload)
}

/** Unbinds a member's WeChat and issues a fresh invite (`members.rebind`). */
export function rebindMember(payload: OrgActions['members.rebind']['payload']): Promise<OrgActions['members.rebind']['result']> {
  return callOrg('members.rebind', payload)
}

/** Binds the calling WeChat user to the member the code was issued for (`invites.redeem`). */
export function redeemInvite(payload: OrgActions['invites.redeem']['payload']): Promise<OrgActions['invites.redeem']['result']> {
  return callOrg('invites.redeem', payload)
}

/** The invite code behind a 小程序码's scene, for whoever opened it (`invites.resolve`). */
export function resolveInviteScene(payload: OrgActions['invites.resolve']['payload']): Promise<OrgActions['invites.resolve']['result']> {
  return callOrg('invites.resolve', payload)
}

/** Takes a role back (`roles.revoke`). */
export function revokeRole(payload: OrgActions['roles.revoke']['payload']): Promise<OrgActions['roles.revoke']['result']> {
  return callOrg('roles.revoke', payload)
}

/** Sets (or clears) the branch where a 流动党员 takes part in 组织生活 (`members.setActivityUnit`). */
export function setActivityUnit(payload: OrgActions['members.setActivityUnit']['payload']): Promise<OrgActions['members.setActivityUnit']['result']> {
  return callOrg('members.setActivityUnit', payload)
}
