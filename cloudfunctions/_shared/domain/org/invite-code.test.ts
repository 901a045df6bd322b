import { INVITE_TTL_MS, inviteExpiry, isWellFormedInviteCode, newInviteCode, normaliseInviteCode } from './invite-code'

describe('invite codes', () => {
  it('are 8 readable characters', () => {
    for (let i = 0; i < 200; i += 1) expect(isWellFormedInviteCode(newInviteCode())).toBe(true)
  })

  it('accept what people type', () => {
    expect(normaliseInviteCode(' ab2c-d3ef ')).toBe('AB2CD3EF')
    expect(isWellFormedInviteCode(normaliseInviteCode('abcdefgo'))).toBe(false) // O is left out of the alphabet
    expect(isWellFormedInviteCode('ABC')).toBe(false)
  })

  it('expire after 7 days', () => {
    const now = new Date('2026-11-24T00:00:00Z')
    expect(inviteExpiry(now).getTime() - now.getTime()).toBe(INVITE_TTL_MS)
    expect(INVITE_TTL_MS).toBe(7 * 86_400_000)
  })
})
