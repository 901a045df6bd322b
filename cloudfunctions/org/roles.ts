import type { MemberView, Role } from '../_shared/contract/org'
import { within } from '../_shared/domain/org-path'
import { roleLabels } from '../_shared/domain/me/role-labels'
import { ROLE_UNIT_TYPES } from '../_shared/domain/org/roles'
import { type Caller, type StoredRole } from '../_shared/domain/org/scope'
import type { MemberDoc } from '../_shared/data/org-docs'
import { saveRoles as writeRoles } from '../_shared/data/org/member-writes'
import { unitNames } from '../_shared/data/org/unit-names'
import { now } from '../_shared/runtime/clock'
import { AppErrorCode, AppFailure } from '../_shared/runtime/errors'
import { auditEntry } from './audit'
import { guard } from '../_shared/access/caller'
import { loadMember, loadUnit } from '../_shared/data/org/by-id'
import { memberView } from './views'

type RoleChange = { memberId: string; role: Role; unitId: string }

async function prepare(caller: Caller, payload: RoleChange, action: 'roles.appoint' | 'roles.revoke') {
  if (payload.role === 'member') throw new AppFailure(AppErrorCode.INVALID_INPUT, '党员身份随编入支部产生，不能单独任免')
  const [member, unit] = await Promise.all([loadMember(payload.memberId), loadUnit(payload.unitId)])
  guard(caller, { action, targets: [unit.path], role: payload.role, member: { id: member._id, roles: member.roles } })
  if (member.status !== 'active') throw new AppFailure(AppErrorCode.INVALID_INPUT, '该党员已不在册')
  return { member, unit }
}

async function saveRoles(
  caller: Caller,
  member: MemberDoc,
  roles: StoredRole[],
  action: string,
  unit: { _id: string; path: string },
  summary: string
): Promise<MemberView> {
  const updatedAt = now()
  await writeRoles(member._id, roles, updatedAt, auditEntry(caller, action, unit, member._id, summary))
  return memberView({ ...member, roles, updatedAt }, await unitNames([member.unitId, member.groupId ?? '']))
}

export async function appointRole(caller: Caller, payload: RoleChange): Promise<MemberView> {
  const { member, unit } = await prepare(caller, payload, 'roles.appoint')
  if (!ROLE_UNIT_TYPES[payload.role].includes(unit.type)) throw new AppFailure(AppErrorCode.INVALID_INPUT, `${roleLabels([payload])[0]}不能设在该组织`)
  // A role is held where the member belongs: their own unit or one above it.
  if (!within(unit.path, member.unitPath)) throw new AppFailure(AppErrorCode.INVALID_INPUT, '只能在该党员所在组织或其上级组织任职')
  if (member.roles.some((r) => r.role === payload.role && r.unitId === unit._id))
    return memberView(member, await unitNames([member.unitId, member.groupId ?? '']))
  const roles = [...member.roles, { role: payload.role, unitId: unit._id, unitPath: unit.path }]
  return saveRoles(caller, member, roles, 'roles.appoint', unit, `任命“${member.name}”为${unit.name}${roleLabels([payload])[0]}`)
}

export async function revokeRole(caller: Caller, payload: RoleChange): Promise<MemberView> {
  const { member, unit } = await prepare(caller, payload, 'roles.revoke')
  const roles = member.roles.filter((r) => !(r.role === payload.role && r.unitId === unit._id))
  if (roles.length === member.roles.length) throw new AppFailure(AppErrorCode.NOT_FOUND, '该党员没有这个职务')
  return saveRoles(caller, member, roles, 'roles.revoke', unit, `免去“${member.name}”${unit.name}${roleLabels([payload])[0]}`)
}
