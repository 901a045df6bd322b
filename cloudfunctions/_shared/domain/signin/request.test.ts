import { SIGNIN_CODE_ALPHABET } from '../../contract/signin-api'
import { isOpen, isSigninCode, signinCode, signinExpiry, signinState, ticketDue, TICKET_GRACE_MS, type SigninRequestFacts } from './request'

const T0 = new Date('2026-06-01T01:00:00Z')
const later = (ms: number) => new Date(T0.getTime() + ms)

function request(overrides: Partial<SigninRequestFacts> = {}): SigninRequestFacts {
  return {
    startedBy: 'anon',
    createdAt: T0,
    expiresAt: signinExpiry(T0),
    scannedAt: null,
    confirmedBy: null,
    cancelledAt: null,
    ticketIssuedAt: null,
    ...overrides
  }
}

describe('sign-in requests', () => {
  it('draw codes from the unambiguous alphabet, one byte per character', () => {
    const code = signinCode(Uint8Array.from([0, 31, 32, 255, 100, 7]))
    expect(code).toBe(
      `${SIGNIN_CODE_ALPHABET[0]}${SIGNIN_CODE_ALPHABET[31]}${SIGNIN_CODE_ALPHABET[0]}${SIGNIN_CODE_ALPHABET[31]}${SIGNIN_CODE_ALPHABET[4]}${SIGNIN_CODE_ALPHABET[7]}`
    )
    expect(isSigninCode(code)).toBe(true)
    expect(isSigninCode('O0I1AB')).toBe(false)
    expect(() => signinCode(new Uint8Array(3))).toThrow(RangeError)
  })

  it('live 2 minutes: waiting, scanned, then expired', () => {
    expect(signinState(request(), T0)).toBe('waiting')
    expect(signinState(request({ scannedAt: later(1000) }), later(2000))).toBe('scanned')
    expect(signinState(request(), later(120_000))).toBe('waiting')
    expect(signinState(request(), later(120_001))).toBe('expired')
    expect(isOpen(request(), later(120_001))).toBe(false)
  })

  it('end when cancelled', () => {
    const cancelled = request({ cancelledAt: later(5000) })
    expect(signinState(cancelled, later(6000))).toBe('expired')
    expect(isOpen(cancelled, later(6000))).toBe(false)
  })

  it('hand the ticket out once, shortly after the 2 minutes at the latest', () => {
    const confirmed = request({ confirmedBy: 'm-1' })
    expect(ticketDue(confirmed, later(60_000))).toBe(true)
    expect(ticketDue(confirmed, later(120_000 + TICKET_GRACE_MS))).toBe(true)
    expect(ticketDue(confirmed, later(120_001 + TICKET_GRACE_MS))).toBe(false)
    expect(signinState(confirmed, later(120_001 + TICKET_GRACE_MS))).toBe('expired')
    const taken = request({ confirmedBy: 'm-1', ticketIssuedAt: later(61_000) })
    expect(ticketDue(taken, later(62_000))).toBe(false)
    expect(signinState(taken, later(3_600_000))).toBe('confirmed')
    expect(isOpen(taken, later(62_000))).toBe(false)
  })
})
