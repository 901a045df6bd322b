import { INVALID_INVITE, inviteRefusal, memberRefusal } from './redeem'

const at = new Date('2026-03-10T00:00:00Z')
const invite = { usedAt: null, expiresAt: new Date('2026-03-12T00:00:00Z') }

describe('inviteRefusal', () => {
  it('accepts an unused, unexpired invite', () => expect(inviteRefusal(invite, at)).toBeNull())
  it('refuses a missing invite as invalid', () => expect(inviteRefusal(null, at)).toBe(INVALID_INVITE))
  it('refuses a used invite before looking at its expiry', () => expect(inviteRefusal({ usedAt: at, expiresAt: new Date(0) }, at)?.code).toBe('INVITE_USED'))
  it('refuses an expired invite', () => expect(inviteRefusal({ ...invite, expiresAt: new Date(at.getTime() - 1) }, at)?.code).toBe('INVITE_EXPIRED'))
  it('accepts an invite at the instant it expires', () => expect(inviteRefusal({ ...invite, expiresAt: at }, at)).toBeNull())
})

describe('memberRefusal', () => {
  const member = { status: 'active', inviteCode: 'ABC123' }
  it('accepts the active, unbound member whose latest code this is', () => expect(memberRefusal(member, 'ABC123')).toBeNull())
  it('refuses a missing or inactive member', () => {
    expect(memberRefusal(null, 'ABC123')?.code).toBe('INVITE_INVALID')
    expect(memberRefusal({ ...member, status: 'inactive' }, 'ABC123')?.code).toBe('INVITE_INVALID')
  })
  it('refuses a member already bound', () => expect(memberRefusal({ ...member, openid: 'o-1' }, 'ABC123')?.code).toBe('ALREADY_BOUND'))
  it('refuses a code replaced by a newer one', () => expect(memberRefusal(member, 'OLD999')?.code).toBe('INVITE_REVOKED'))
})
