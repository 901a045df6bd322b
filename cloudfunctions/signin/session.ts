import { resolveCaller, webMemberId } from '../_shared/access/caller'
import { CONSOLE_IDLE_HOURS, type ConsoleSession } from '../_shared/contract/signin-api'
import { namedUnits } from '../_shared/data/me/units-by-ids'
import { endSession, findSession } from '../_shared/data/signin/sessions'
import { roleLabels } from '../_shared/domain/me/role-labels'
import { managedScopes } from '../_shared/domain/org/authorize'
import { now } from '../_shared/runtime/clock'
import { AppErrorCode, AppFailure } from '../_shared/runtime/errors'

/**
 * signin.session: who is signed in to the console, in me.whoami's member
 * shape (name, unit, roles, the units they manage with what they may do), so
 * the header and the menus need one call. Web callers only.
 */
export async function session(): Promise<ConsoleSession> {
  const caller = await resolveCaller()
  if (caller.channel !== 'web') throw new AppFailure(AppErrorCode.FORBIDDEN, '这是管理端的登录状态，小程序无需调用')
  const member = caller.doc
  const scopes = managedScopes(caller)
  const ids = [...new Set([member.unitId, member.groupId ?? '', ...scopes.map((scope) => scope.unitId)].filter(Boolean))]
  const [byId, stored] = await Promise.all([namedUnits(ids), findSession(member._id)])
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
    },
    startedAt: stored?.startedAt.getTime() ?? now().getTime(),
    idleHours: CONSOLE_IDLE_HOURS
  }
}

/** signin.signOut: ends the member's console session in every browser; the next web call of any of them is SESSION_ENDED. */
export async function signOut(): Promise<{ ok: true }> {
  await endSession(webMemberId(), now(), 'signout')
  return { ok: true }
}
