import { issueToken, verifyToken, windowOf } from './token'

describe('rotating check-in token', () => {
  const secret = 'test-secret'
  const t0 = new Date('2026-12-11T06:45:10Z')
  const later = (seconds: number): Date => new Date(t0.getTime() + seconds * 1000)

  it('is valid in its window and the next one, then expires', () => {
    const { token, rotatesAt } = issueToken('m-1', t0, secret)
    expect(rotatesAt.getTime() - t0.getTime()).toBe(20_000) // windows are aligned to :00 and :30
    expect(verifyToken(token, t0, secret)).toEqual({ ok: true, meetingId: 'm-1' })
    expect(verifyToken(token, later(30), secret)).toEqual({ ok: true, meetingId: 'm-1' })
    expect(windowOf(later(50))).toBe(windowOf(t0) + 2)
    expect(verifyToken(token, later(50), secret)).toEqual({ ok: false, reason: 'expired' })
  })

  it('refuses a code from the future, a forged one, one moved to another meeting, and garbage', () => {
    const { token } = issueToken('m-1', later(60), secret)
    expect(verifyToken(token, t0, secret)).toEqual({ ok: false, reason: 'expired' })
    const [, window, signature] = issueToken('m-1', t0, secret).token.split('.')
    expect(verifyToken(`m-2.${window}.${signature}`, t0, secret)).toEqual({ ok: false, reason: 'forged' })
    expect(verifyToken(issueToken('m-1', t0, 'other-secret').token, t0, secret)).toEqual({ ok: false, reason: 'forged' })
    expect(verifyToken(`m-1.${Number(window) + 1}.${signature}`, later(30), secret)).toEqual({ ok: false, reason: 'forged' })
    expect(verifyToken('hello', t0, secret)).toEqual({ ok: false, reason: 'malformed' })
    expect(verifyToken('m-1.1.short', t0, secret)).toEqual({ ok: false, reason: 'malformed' })
  })
})
