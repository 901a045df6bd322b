import { platformCaller, type PlatformCaller } from '../data/client'
import { memberByOpenId } from '../data/member-by-openid'
import type { MemberDoc } from '../data/org-docs'
import { activeMemberById } from '../data/signin/members'
import { endSession, findSession, touchSession } from '../data/signin/sessions'
import { authorize, authorizeCapability, type AuthorizeRequest } from '../domain/org/authorize'
import type { Capability } from '../contract/org'
import type { Caller } from '../domain/org/scope'
import { holdsConsoleRole, sessionVerdict } from '../domain/signin/session'
import { now } from '../runtime/clock'
import { AppErrorCode, AppFailure } from '../runtime/errors'

/** Where the call came from: the mini-program (OPENID) or the PC console (web SDK, custom login). */
export type CallerChannel = 'miniprogram' | 'web'

export type ResolvedCaller = Caller & { doc: MemberDoc; channel: CallerChannel }

/**
 * Who is calling, from the identity the platform injected (never the request
 * body):
 * - a mini-program user by their OPENID (one read: roles are stored on the
 *   member with their units' paths);
 * - a console user by the custom-login uid their ticket named, which is a
 *   member's `_id` (signin issues the ticket): the member and their roles are
 *   read again on every call, so a revoked role counts on the next one; only
 *   a member holding a console role passes, and only while their console
 *   session is open (domain/signin/session.ts: 退出登录 and 8 idle hours end it);
 * - an anonymous web login (the console before the scan) is nobody: only
 *   signin's start/poll take it, through `anonymousWebCaller`.
 */
export async function resolveCaller(): Promise<ResolvedCaller> {
  const platform = platformCaller()
  if (platform.openId) {
    const doc = await memberByOpenId(platform.openId, { activeOnly: true })
    if (!doc) throw new AppFailure(AppErrorCode.FORBIDDEN, '你还未加入党组织，请向支部书记索取邀请码')
    return { ...callerOf(doc), channel: 'miniprogram' }
  }
  if (platform.customUserId && !platform.anonymous) return { ...(await consoleMember(platform.customUserId)), channel: 'web' }
  if (platform.uid) throw new AppFailure(AppErrorCode.UNAUTHENTICATED, '请先用微信扫码登录管理端')
  throw new AppFailure(AppErrorCode.UNAUTHENTICATED, '无法识别当前微信用户，请在微信中打开')
}

function callerOf(doc: MemberDoc): Caller & { doc: MemberDoc } {
  return { memberId: doc._id, name: doc.name, unitPath: doc.unitPath, roles: doc.roles ?? [], doc }
}

/** A console user: an active member with a console role and an open session (which this call keeps alive). */
async function consoleMember(memberId: string): Promise<Caller & { doc: MemberDoc }> {
  const [doc, session] = await Promise.all([activeMemberById(memberId), findSession(memberId)])
  if (!doc) throw new AppFailure(AppErrorCode.FORBIDDEN, '该账号已不在党组织中，不能使用管理端')
  if (!holdsConsoleRole(doc.roles ?? []))
    throw new AppFailure(AppErrorCode.FORBIDDEN, '管理端仅供组织部、党总支书记、支部书记和支部委员使用，你当前没有这些职务')
  const at = now()
  const verdict = sessionVerdict(session, at)
  if (verdict === 'idle') await endSession(memberId, at, 'idle')
  if (verdict === 'idle' || verdict === 'ended') throw sessionEnded(verdict)
  if (verdict === 'touch') await touchSession(memberId, at)
  return callerOf(doc)
}

function sessionEnded(verdict: 'idle' | 'ended'): AppFailure {
  const why = verdict === 'idle' ? '超过 8 小时未操作，管理端已自动退出' : '管理端已退出登录'
  return new AppFailure('SESSION_ENDED', `${why}，请用微信扫码重新登录`)
}

/** The console before its scan sign-in: an anonymous web login, by its CloudBase uid. Anyone else is refused. */
export function anonymousWebCaller(): { uid: string; clientIp: string } {
  const platform: PlatformCaller = platformCaller()
  if (platform.openId || !platform.uid || !platform.anonymous) throw new AppFailure(AppErrorCode.FORBIDDEN, '只有管理端登录页可以发起扫码登录')
  return { uid: platform.uid, clientIp: platform.clientIp }
}

/** A console login's member id, whatever the state of its session (退出登录 must work on an ended one too). */
export function webMemberId(): string {
  const platform = platformCaller()
  if (platform.openId || platform.anonymous || !platform.customUserId) throw new AppFailure(AppErrorCode.UNAUTHENTICATED, '请先用微信扫码登录管理端')
  return platform.customUserId
}

/** Mini-program callers only (the phone side of the scan sign-in). */
export async function resolveMiniProgramCaller(): Promise<Caller & { doc: MemberDoc }> {
  const platform = platformCaller()
  if (!platform.openId) throw new AppFailure(AppErrorCode.UNAUTHENTICATED, '请在微信小程序中扫码确认')
  const doc = await memberByOpenId(platform.openId, { activeOnly: true })
  if (!doc) throw new AppFailure(AppErrorCode.FORBIDDEN, '你还未加入党组织，请向支部书记索取邀请码')
  return callerOf(doc)
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
