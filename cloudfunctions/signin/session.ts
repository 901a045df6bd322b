import { resolveCaller, webMemberId } from '../_shared/access/caller'
import { CONSOLE_IDLE_HOURS, type ConsoleSession } from '../_shared/contract/signin-api'
import { namedUnits } from '../_shared/data/me/units-by-ids'
import { endSession, findSession } from '../_shared/data/signin/sessions'
import { memberView, memberViewUnitIds } from '../_shared/domain/me/member-view'
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
  const scopes = managedScopes(caller)
  const [units, stored] = await Promise.all([namedUnits(memberViewUnitIds(caller.doc, scopes)), findSession(caller.memberId)])
  return {
    member: memberView(caller.doc, scopes, units),
    startedAt: stored?.startedAt.getTime() ?? now().getTime(),
    idleHours: CONSOLE_IDLE_HOURS
  }
}

/** signin.signOut: ends the member's console session in every browser; the next web call of any of them is SESSION_ENDED. */
export async function signOut(): Promise<{ ok: true }> {
  await endSession(webMemberId(), now(), 'signout')
  return { ok: true }
}
