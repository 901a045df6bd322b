import type { WhoamiMember } from '../../contract/me'
import type { Capability, RoleGrant, UnitType } from '../../contract/org'
import { roleLabels } from './role-labels'

/** What the mini-program's 我的 and the console's header both show of the signed-in member. */
export interface MemberBasics {
  _id: string
  name: string
  unitId: string
  groupId?: string | null
  roles?: RoleGrant[]
}

/** The units the member manages, with what they may do there (`managedScopes` of domain/org). */
type Scopes = ReadonlyArray<{ unitId: string; capabilities: Capability[] }>

/** Every unit whose name the view needs (their own unit, group and managed units): read in one go. */
export function memberViewUnitIds(member: MemberBasics, scopes: Scopes): string[] {
  return [...new Set([member.unitId, member.groupId ?? '', ...scopes.map((scope) => scope.unitId)].filter(Boolean))]
}

/** me.whoami's member (and signin.session's): names from `units`, the units `memberViewUnitIds` named. */
export function memberView(member: MemberBasics, scopes: Scopes, units: ReadonlyMap<string, { name: string; type: UnitType }>): WhoamiMember {
  const roles = member.roles ?? []
  return {
    id: member._id,
    name: member.name,
    unitId: member.unitId,
    unitName: units.get(member.unitId)?.name ?? '',
    groupName: member.groupId ? (units.get(member.groupId)?.name ?? null) : null,
    roleLabels: roleLabels(roles),
    roles: roles.map(({ role, unitId }) => ({ role, unitId })),
    workbench: scopes.map((scope) => ({
      unitId: scope.unitId,
      unitName: units.get(scope.unitId)?.name ?? '',
      unitType: units.get(scope.unitId)?.type ?? 'branch',
      capabilities: scope.capabilities
    }))
  }
}
