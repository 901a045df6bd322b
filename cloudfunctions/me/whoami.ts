import type { WhoamiResult } from '../_shared/contract/me'
import { callerOpenId } from '../_shared/data/client'
import { memberByOpenId } from '../_shared/data/member-by-openid'
import { namedUnits } from '../_shared/data/me/units-by-ids'
import { memberView, memberViewUnitIds } from '../_shared/domain/me/member-view'
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
  const scopes = managedScopes({ memberId: member._id, name: member.name, unitPath: member.unitPath, roles: member.roles ?? [] })
  return { member: memberView(member, scopes, await namedUnits(memberViewUnitIds(member, scopes))) }
}
