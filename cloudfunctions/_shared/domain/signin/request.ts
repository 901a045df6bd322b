import { SIGNIN_CODE_ALPHABET, SIGNIN_CODE_LENGTH, SIGNIN_REQUEST_SECONDS, type SigninState } from '../../contract/signin-api'

/**
 * A console sign-in request's life, as pure rules (the signin function stores
 * it in `signinRequests`, id = its code): started by an anonymous web login,
 * scanned and confirmed (or cancelled) on a phone, its ticket handed to the
 * login that started it exactly once, all within SIGNIN_REQUEST_SECONDS.
 */
export interface SigninRequestFacts {
  /** The anonymous web uid that started it: the only one that may poll it. */
  startedBy: string
  createdAt: Date
  expiresAt: Date
  scannedAt: Date | null
  /** Set by 确认登录: whose ticket the poll hands out. */
  confirmedBy: string | null
  cancelledAt: Date | null
  /** Set when the ticket was handed out: the request is spent. */
  ticketIssuedAt: Date | null
}

/** The code shown on the screen, from random bytes (one per character; the alphabet's 32 letters divide 256, so no bias). */
export function signinCode(random: Uint8Array): string {
  if (random.length < SIGNIN_CODE_LENGTH) throw new RangeError('signinCode: not enough random bytes')
  let code = ''
  for (let i = 0; i < SIGNIN_CODE_LENGTH; i++) code += SIGNIN_CODE_ALPHABET[random[i] % SIGNIN_CODE_ALPHABET.length]
  return code
}

export function isSigninCode(value: string): boolean {
  return value.length === SIGNIN_CODE_LENGTH && [...value].every((c) => SIGNIN_CODE_ALPHABET.includes(c))
}

export function signinExpiry(now: Date): Date {
  return new Date(now.getTime() + SIGNIN_REQUEST_SECONDS * 1000)
}

/**
 * What the console and the phone see. A confirmed request counts as
 * confirmed until its ticket is taken, even a little past the 2 minutes (the
 * poll that follows the confirmation must still find it); once taken, it is
 * `confirmed` without a ticket for good.
 */
export function signinState(req: SigninRequestFacts, now: Date): SigninState {
  if (req.confirmedBy) return req.ticketIssuedAt || now.getTime() <= req.expiresAt.getTime() + TICKET_GRACE_MS ? 'confirmed' : 'expired'
  if (req.cancelledAt || now.getTime() > req.expiresAt.getTime()) return 'expired'
  return req.scannedAt ? 'scanned' : 'waiting'
}

/** How long after the 2 minutes a confirmed request's ticket may still be collected (one poll interval and some). */
export const TICKET_GRACE_MS = 30 * 1000

/** Whether the phone may still confirm or cancel it. */
export function isOpen(req: SigninRequestFacts, now: Date): boolean {
  const state = signinState(req, now)
  return state === 'waiting' || state === 'scanned'
}

/** Whether this poll hands out the ticket (the write that marks it issued must then win; data/ makes it conditional). */
export function ticketDue(req: SigninRequestFacts, now: Date): boolean {
  return signinState(req, now) === 'confirmed' && req.ticketIssuedAt === null
}
