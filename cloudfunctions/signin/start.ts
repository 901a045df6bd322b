import { randomBytes } from 'node:crypto'
import { anonymousWebCaller } from '../_shared/access/caller'
import {
  SIGNIN_CONFIRM_PAGE,
  SIGNIN_START_WINDOW_MINUTES,
  SIGNIN_STARTS_PER_WINDOW,
  type SigninPollResult,
  type SigninStartResult
} from '../_shared/contract/signin-api'
import { claimTicket, countStartedFrom, findRequest, insertRequest, type SigninRequestDoc } from '../_shared/data/signin/requests'
import { openSession } from '../_shared/data/signin/sessions'
import { createConsoleTicket } from '../_shared/data/signin/ticket'
import { saveShortCode } from '../_shared/data/short-codes/store'
import { getUnlimitedCode, wxacodeEnvVersion } from '../_shared/data/short-codes/wxacode'
import { browserLabel } from '../_shared/domain/signin/session'
import { signinCode, signinExpiry, signinState, ticketDue } from '../_shared/domain/signin/request'
import { loginScene } from '../_shared/domain/short-codes/scene'
import { now } from '../_shared/runtime/clock'
import { AppErrorCode, AppFailure } from '../_shared/runtime/errors'

const CODE_ATTEMPTS = 5

/**
 * signin.start: a new one-time request for the anonymous console login that
 * asks, with its code (the request's `_id`, drawn again if taken), a
 * random scene (a short code of kind `login` pointing at it) and the
 * platform's 小程序码 of the confirm page. A retried start is simply another
 * request; the first one expires unused in 2 minutes.
 */
export async function start(payload: { browser?: string }): Promise<SigninStartResult> {
  const caller = anonymousWebCaller()
  const createdAt = now()
  // Anonymous logins cost nothing to make, so the budget is per address (each start writes and asks WeChat for an
  // image); only if the platform gives no address, per anonymous login.
  const budgetKey = caller.clientIp ? `ip:${caller.clientIp}` : `uid:${caller.uid}`
  const since = new Date(createdAt.getTime() - SIGNIN_START_WINDOW_MINUTES * 60_000)
  if ((await countStartedFrom(budgetKey, since)) >= SIGNIN_STARTS_PER_WINDOW) {
    throw new AppFailure('SIGNIN_TOO_MANY', '获取登录码过于频繁，请稍后再试')
  }
  const expiresAt = signinExpiry(createdAt)
  const scene = loginScene(randomBytes(18))
  let request: SigninRequestDoc | null = null
  for (let attempt = 0; attempt < CODE_ATTEMPTS && !request; attempt++) {
    const doc: SigninRequestDoc = {
      _id: signinCode(randomBytes(8)),
      scene,
      startedBy: caller.uid,
      browser: browserLabel(payload.browser),
      ip: caller.clientIp,
      budgetKey,
      createdAt,
      expiresAt,
      scannedAt: null,
      confirmedBy: null,
      cancelledAt: null,
      ticketIssuedAt: null
    }
    if (await insertRequest(doc)) request = doc
  }
  if (!request) throw new AppFailure('BUSY', '登录码生成失败，请刷新页面重试')
  await saveShortCode({ _id: scene, kind: 'login', ref: request._id, createdAt, expiresAt })
  const envVersion = wxacodeEnvVersion()
  const image = await getUnlimitedCode({ scene, page: SIGNIN_CONFIRM_PAGE, env_version: envVersion, check_path: envVersion === 'release' })
  if (!image.ok) console.warn(`wxacode.getUnlimited refused the sign-in code: ${image.errcode} ${image.errmsg}`)
  return { code: request._id, scene, wxaCode: image.ok ? { scene, png: image.png } : null, expiresAt: expiresAt.getTime() }
}

/**
 * signin.poll: the request's state for the login that started it (anyone
 * else is told it does not exist). The first poll after the confirmation
 * claims the ticket — a conditional write, so two racing polls cannot both
 * receive it — opens the member's console session and hands the ticket out;
 * every later poll sees `confirmed` without one.
 */
export async function poll(payload: { code: string }): Promise<SigninPollResult> {
  const caller = anonymousWebCaller()
  const request = await findRequest(payload.code)
  if (!request || request.startedBy !== caller.uid) throw new AppFailure(AppErrorCode.NOT_FOUND, '没有这个登录码，请刷新页面重新获取')
  const at = now()
  if (!ticketDue(request, at)) return { state: signinState(request, at) }
  const memberId = request.confirmedBy as string
  // Signed first (it can only fail for a missing key, which must not spend the request), then claimed, then the session opened.
  const ticket = createConsoleTicket(memberId)
  if (!(await claimTicket(request._id, memberId, at))) return { state: 'confirmed' }
  await openSession(memberId, at)
  return { state: 'confirmed', ticket }
}
