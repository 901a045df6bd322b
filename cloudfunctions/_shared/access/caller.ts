import { callerOpenId } from '../data/client'
import { memberByOpenId } from '../data/member-by-openid'
import type { MemberDoc } from '../data/org-docs'
import { authorize, authorizeCapability, type AuthorizeRequest } from '../domain/org/authorize'
import type { Capability } from '../contract/org'
import type { Caller } from '../domain/org/scope'
import { AppErrorCode, AppFailure } from '../runtime/errors'

/**
 * Who is calling: one read, by the OPENID the platform injected. Roles are
 * stored on the member with their units' paths, so authorising needs no
 * further read of the caller's side.
 */
export async function resolveCaller(): Promise<Caller & { doc: MemberDoc }> {
  const openId = callerOpenId()
  if (!openId) throw new AppFailure(AppErrorCode.UNAUTHENTICATED, '无法识别当前微信用户，请在微信中打开')
  const doc = await memberByOpenId(openId, { activeOnly: true })
  if (!doc) throw new AppFailure(AppErrorCode.FORBIDDEN, '你还未加入党组织，请向支部书记索取邀请码')
  return { memberId: doc._id, name: doc.name, unitPath: doc.unitPath, roles: doc.roles, doc }
}

export function guard(caller: Caller, request: AuthorizeRequest): void {
  const decision = authorize(caller, request)
  if (!decision.allowed) throw new AppFailure(AppErrorCode.FORBIDDEN, decision.message)
}

/** For other features' actions: the caller must hold `capability` over every target path. */
export function guardCapability(caller: Caller, capability: Capability, targets: string[]): void {
  const decision = authorizeCapability(caller, capability, targets)
  if (!decision.allowed) throw new AppFailure(AppErrorCode.FORBIDDEN, decision.message)
}
