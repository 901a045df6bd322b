import { resolveMiniProgramCaller } from '../_shared/access/caller'
import type { SigninDescription } from '../_shared/contract/signin-api'
import { findRequest, markCancelled, markConfirmed, markScanned, type SigninRequestDoc } from '../_shared/data/signin/requests'
import { findShortCode } from '../_shared/data/short-codes/store'
import { isOpen, signinState } from '../_shared/domain/signin/request'
import { holdsConsoleRole } from '../_shared/domain/signin/session'
import { sceneKind } from '../_shared/domain/short-codes/scene'
import { now } from '../_shared/runtime/clock'
import { AppFailure } from '../_shared/runtime/errors'

const EXPIRED = '登录码已失效（超过 2 分钟或已使用），请在电脑上刷新后重新扫码'

/** The request a scanned scene stands for; an unknown, malformed or dead scene is SIGNIN_EXPIRED (nothing else is revealed). */
async function requestOf(scene: string): Promise<SigninRequestDoc> {
  const short = sceneKind(scene) === 'login' ? await findShortCode(scene) : null
  const request = short?.kind === 'login' ? await findRequest(short.ref) : null
  if (!request || request.scene !== scene) throw new AppFailure('SIGNIN_EXPIRED', EXPIRED)
  return request
}

/** signin.describe: where the request came from, for the phone's question; marks it scanned (once; a rescan changes nothing). */
export async function describe(payload: { scene: string }): Promise<SigninDescription> {
  const caller = await resolveMiniProgramCaller()
  const request = await requestOf(payload.scene)
  const at = now()
  if (isOpen(request, at) && !request.scannedAt) {
    await markScanned(request._id, at)
    request.scannedAt = at
  }
  return {
    code: request._id,
    browser: request.browser,
    ip: request.ip,
    requestedAt: request.createdAt.getTime(),
    expiresAt: request.expiresAt.getTime(),
    state: signinState(request, at),
    allowed: holdsConsoleRole(caller.roles)
  }
}

/**
 * signin.confirm: the caller lets that browser in as themself. Only a member
 * holding a console role, only while the request is open, and only once (the
 * write is conditional: a second confirmation, even by the same member, is
 * SIGNIN_EXPIRED). A retry after a lost reply by the same member is answered
 * ok, since the request already names them.
 */
export async function confirm(payload: { scene: string }): Promise<{ ok: true }> {
  const caller = await resolveMiniProgramCaller()
  if (!holdsConsoleRole(caller.roles)) throw new AppFailure('SIGNIN_NOT_ALLOWED', '管理端仅供组织部、党总支书记、支部书记和支部委员使用，你当前没有这些职务')
  const request = await requestOf(payload.scene)
  if (request.confirmedBy === caller.memberId && !request.ticketIssuedAt) return { ok: true }
  if (!isOpen(request, now()) || !(await markConfirmed(request._id, caller.memberId))) throw new AppFailure('SIGNIN_EXPIRED', EXPIRED)
  return { ok: true }
}

/** signin.cancel: 取消 on the phone; the console then sees the request expired. Cancelling a dead request is fine. */
export async function cancel(payload: { scene: string }): Promise<{ ok: true }> {
  await resolveMiniProgramCaller()
  const request = await requestOf(payload.scene).catch(() => null)
  if (request && isOpen(request, now())) await markCancelled(request._id, now())
  return { ok: true }
}
