import type { Capability, OrgAction, Role } from '../../contract/org'
import { ROLE_CAPABILITIES, ROLE_RANK } from './roles'
import { within, type Caller, type UnitPath } from './scope'

/** The one place that decides who may do what, where. Pure: no reads, no clock. */
export type Decision = { allowed: true } | { allowed: false; code: 'FORBIDDEN'; message: string }

/** The capability each action needs at its target unit. */
export const ACTION_CAPABILITY: Record<Exclude<OrgAction, 'invites.redeem' | 'units.tree' | 'units.branches' | 'import.template'>, Capability> = {
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

export interface AuthorizeRequest {
  action: keyof typeof ACTION_CAPABILITY
  /** Every unit the action touches (a move touches the old and the new unit). */
  targets: UnitPath[]
  /** For role changes: the role granted or revoked, and whose it is. */
  role?: Role
  targetMemberId?: string
}

const deny = (message: string): Decision => ({ allowed: false, code: 'FORBIDDEN', message })

/** The roles of `caller` that carry `capability` over `path`. */
export function rolesCovering(caller: Caller, capability: Capability, path: UnitPath): Role[] {
  return caller.roles.filter((grant) => within(grant.unitPath, path) && ROLE_CAPABILITIES[grant.role].includes(capability)).map((grant) => grant.role)
}

/** For actions outside the org function: the caller must hold `capability` over every target. */
export function authorizeCapability(caller: Caller, capability: Capability, targets: UnitPath[]): Decision {
  if (targets.length === 0) return deny('没有指定要操作的组织')
  return targets.every((target) => rolesCovering(caller, capability, target).length > 0) ? { allowed: true } : deny('你没有权限在该组织执行此操作')
}

export function authorize(caller: Caller, request: AuthorizeRequest): Decision {
  const capability = ACTION_CAPABILITY[request.action]
  if (request.targets.length === 0) return deny('没有指定要操作的组织')
  for (const target of request.targets) {
    const covering = rolesCovering(caller, capability, target)
    if (covering.length === 0) return deny('你没有权限在该组织执行此操作')
    if (request.role !== undefined) {
      if (request.targetMemberId === caller.memberId) return deny('不能调整自己的职务')
      const highest = Math.max(...covering.map((role) => ROLE_RANK[role]))
      if (ROLE_RANK[request.role] >= highest) return deny('只能任免低于自己职务的角色')
    }
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
    .filter((scope) => !scopes.some((other) => other !== scope && within(other.unitPath, scope.unitPath) && [...scope.capabilities].every((c) => other.capabilities.has(c))))
    .map((scope) => ({ unitId: scope.unitId, unitPath: scope.unitPath, capabilities: [...scope.capabilities] }))
}
