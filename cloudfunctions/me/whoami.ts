import type { WhoamiResult } from '../_shared/contract/me'
import { callerOpenId } from '../_shared/data/client'
import { memberByOpenId } from '../_shared/data/member-by-openid'
import { namedUnits } from '../_shared/data/me/units-by-ids'
import { roleLabels } from '../_shared/domain/me/role-labels'
import { managedScopes } from '../_shared/domain/org/authorize'
import { AppErrorCode, AppFailure } from '../_shared/runtime/errors'

/**
 * Looks the caller up by the OPENID the platform injected, then the names of
 * their unit, group and the units they manage: two reads in all. The OPENID
 * itself is not returned: the client has no use for it.
 */
export async function whoami(): Promise<WhoamiResult> {
  const openId = callerOpenId()
  if (!openId) throw new AppFailure(AppErrorCode.UNAUTHENTICATED, '无法识别当前微信用户，请在微信中打开')
  const member = await memberByOpenId(openId, { activeOnly: true })
  if (!member) return { member: null }
  const caller = { memberId: member._id, name: member.name, unitPath: member.unitPath, roles: member.roles ?? [] }
  const scopes = managedScopes(caller)
  const ids = [...new Set([member.unitId, member.groupId ?? '', ...scopes.map((scope) => scope.unitId)].filter(Boolean))]
  const byId = await namedUnits(ids)
  return {
    member: {
      id: member._id,
      name: member.name,
      unitId: member.unitId,
      unitName: byId.get(member.unitId)?.name ?? '',
      groupName: member.groupId ? (byId.get(member.groupId)?.name ?? null) : null,
      roleLabels: roleLabels(caller.roles),
      roles: caller.roles.map(({ role, unitId }) => ({ role, unitId })),
      workbench: scopes.map((scope) => ({
        unitId: scope.unitId,
        unitName: byId.get(scope.unitId)?.name ?? '',
        unitType: byId.get(scope.unitId)?.type ?? 'branch',
        capabilities: scope.capabilities
      }))
    }
  }
}
