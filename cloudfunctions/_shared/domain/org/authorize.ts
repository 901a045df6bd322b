import type { Capability, OrgAction, Role } from '../../contract/org'
import { within, type UnitPath } from '../org-path'
import { ROLE_CAPABILITIES, ROLE_RANK } from './roles'
import { type Caller } from './scope'

/** The one place that decides who may do what, where. Pure: no reads, no clock. */
export type Decision = { allowed: true } | { allowed: false; code: 'FORBIDDEN'; message: string }

/** The capability each action needs at its target unit. */
export const ACTION_CAPABILITY: Record<
  Exclude<OrgAction, 'invites.redeem' | 'invites.resolve' | 'units.tree' | 'units.branches' | 'import.template'>,
  Capability
> = {
  'units.create': 'units.manage',
  'members.list': 'members.view',
  'members.add': 'members.manage',
  'members.move': 'members.manage',
  'members.deactivate': 'members.manage',
  'members.setActivityUnit': 'members.manage',
  'invites.create': 'members.manage',
  'members.rebind': 'members.manage',
  'import.preview': 'members.import',
  'import.commit': 'members.import',
  'roles.appoint': 'roles.appoint',
  'roles.revoke': 'roles.appoint',
  'audit.list': 'audit.view'
}

/**
 * Actions whose target is a person: they can take over, silence or strip
 * someone, so besides the capability over the person's unit the caller must
 * outrank every role that person holds, and may not aim them at themselves.
 * A later action on a member joins this list; the check fails closed when the
 * target is missing.
 */
export const MEMBER_TARGETED_ACTIONS = [
  'members.move',
  'members.deactivate',
  'members.setActivityUnit',
  'members.rebind',
  'invites.create',
  'roles.appoint',
  'roles.revoke'
] as const satisfies ReadonlyArray<keyof typeof ACTION_CAPABILITY>

export interface AuthorizeRequest {
  action: keyof typeof ACTION_CAPABILITY
  /** Every unit the action touches (a move touches the old and the new unit). */
  targets: UnitPath[]
  /** For actions on a member: who, and every role they hold now. */
  member?: { id: string; roles: ReadonlyArray<{ role: Role }> }
  /** For role changes: the role granted or revoked. */
  role?: Role
}

const deny = (message: string): Decision => ({ allowed: false, code: 'FORBIDDEN', message })

const targetsMember = (action: AuthorizeRequest['action']): boolean => (MEMBER_TARGETED_ACTIONS as readonly string[]).includes(action)

/** The roles of `caller` that carry `capability` over `path`. */
export function rolesCovering(caller: Caller, capability: Capability, path: UnitPath): Role[] {
  return caller.roles.filter((grant) => within(grant.unitPath, path) && ROLE_CAPABILITIES[grant.role].includes(capability)).map((grant) => grant.role)
}

/** For actions outside the org function: the caller must hold `capability` over every target. */
export function authorizeCapability(caller: Caller, capability: Capability, targets: UnitPath[]): Decision {
  if (targets.length === 0) return deny('没有指定要操作的组织')
  return targets.every((target) => rolesCovering(caller, capability, target).length > 0) ? { allowed: true } : deny('你没有权限在该组织执行此操作')
}

const highestRank = (roles: ReadonlyArray<{ role: Role }>): number => Math.max(0, ...roles.map((grant) => ROLE_RANK[grant.role]))

export function authorize(caller: Caller, request: AuthorizeRequest): Decision {
  const capability = ACTION_CAPABILITY[request.action]
  if (request.targets.length === 0) return deny('没有指定要操作的组织')
  const onMember = targetsMember(request.action)
  if (onMember && !request.member) return deny('没有指定要操作的党员')
  if (onMember && request.member?.id === caller.memberId) return deny('不能对自己执行此操作')
  for (const target of request.targets) {
    const covering = rolesCovering(caller, capability, target)
    if (covering.length === 0) return deny('你没有权限在该组织执行此操作')
    // The caller's standing here is the highest role that gives them this capability over this unit.
    const rank = Math.max(...covering.map((role) => ROLE_RANK[role]))
    if (request.member && highestRank(request.member.roles) >= rank) return deny('只能对职务低于自己的党员执行此操作')
    if (request.role !== undefined && ROLE_RANK[request.role] >= rank) return deny('只能任免低于自己职务的角色')
  }
  return { allowed: true }
}

/** The units (by path) where the caller holds any capability: what 工作台 and units.tree show. */
export function managedScopes(caller: Caller): Array<{ unitId: string; unitPath: UnitPath; capabilities: Capability[] }> {
  const byUnit = new Map<string, { unitId: string; unitPath: UnitPath; capabilities: Set<Capability> }>()
  for (const grant of caller.roles) {
    const capabilities = ROLE_CAPABILITIES[grant.role]
    if (capabilities.length === 0) continue
    const entry = byUnit.get(grant.unitId) ?? { unitId: grant.unitId, unitPath: grant.unitPath, capabilities: new Set<Capability>() }
    capabilities.forEach((capability) => entry.capabilities.add(capability))
    byUnit.set(grant.unitId, entry)
  }
  // A scope inside another scope of the same caller adds nothing to the list.
  const scopes = [...byUnit.values()]
  return scopes
    .filter(
      (scope) =>
        !scopes.some((other) => other !== scope && within(other.unitPath, scope.unitPath) && [...scope.capabilities].every((c) => other.capabilities.has(c)))
    )
    .map((scope) => ({ unitId: scope.unitId, unitPath: scope.unitPath, capabilities: [...scope.capabilities] }))
}
