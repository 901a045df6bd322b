import { generateKeyPairSync } from 'node:crypto'
import tcb from '@cloudbase/node-sdk'
import { generateAuthKeys } from './keys'
import { verifyTicket } from './ticket'
import { TokenIssuer, uidForCustomUser } from './tokens'

describe('emulator login tokens', () => {
  const issuer = new TokenIssuer('s'.repeat(43), 'local')
  const user = { uid: uidForCustomUser('local', 'm-1'), customUserId: 'm-1', anonymous: false }
  const now = Date.parse('2026-06-01T01:00:00Z')

  it('verify while fresh, expire as ACCESS_TOKEN_EXPIRED, and refuse tampering, the wrong kind, another key and revocation', () => {
    const access = issuer.issue(user, 'access', now)
    expect(issuer.verify(access, 'access', now + 1000)).toMatchObject({ ok: true, claims: { uid: user.uid, customUserId: 'm-1', anonymous: false } })
    expect(issuer.verify(access, 'access', now + issuer.accessSeconds * 1000)).toMatchObject({ ok: false, code: 'ACCESS_TOKEN_EXPIRED' })
    expect(issuer.verify(access, 'refresh', now)).toMatchObject({ ok: false, code: 'INVALID_ACCESS_TOKEN' })
    const [head, body, sig] = access.split('.')
    const forgedBody = Buffer.from(JSON.stringify({ ...JSON.parse(Buffer.from(body, 'base64url').toString()), customUserId: 'm-2' })).toString('base64url')
    expect(issuer.verify(`${head}.${forgedBody}.${sig}`, 'access', now)).toMatchObject({ ok: false, code: 'INVALID_ACCESS_TOKEN' })
    expect(new TokenIssuer('t'.repeat(43), 'local').verify(access, 'access', now)).toMatchObject({ ok: false })
    const refresh = issuer.issue(user, 'refresh', now)
    const verdict = issuer.verify(refresh, 'refresh', now)
    if (!verdict.ok) throw new Error('refresh token refused')
    issuer.revoke(verdict.claims.jti)
    expect(issuer.verify(refresh, 'refresh', now)).toMatchObject({ ok: false })
  })

  it('accept exactly the tickets node-sdk signs with this key', () => {
    const keys = generateAuthKeys('local')
    const key = { keyId: keys.customLogin.private_key_id, publicKey: keys.customLoginPublicKey, env: 'local' }
    const ticket = tcb.init({ env: 'local', credentials: keys.customLogin }).auth().createTicket('m-0123456789')
    expect(verifyTicket(ticket, key, Date.now())).toEqual({ ok: true, uid: 'm-0123456789' })
    // Ten minutes later it is stale.
    expect(verifyTicket(ticket, key, Date.now() + 11 * 60_000)).toMatchObject({ ok: false })
    const other = generateKeyPairSync('rsa', {
      modulusLength: 2048,
      privateKeyEncoding: { type: 'pkcs8', format: 'pem' },
      publicKeyEncoding: { type: 'spki', format: 'pem' }
    })
    const impostor = tcb
      .init({ env: 'local', credentials: { ...keys.customLogin, private_key: other.privateKey } })
      .auth()
      .createTicket('m-0123456789')
    expect(verifyTicket(impostor, key, Date.now())).toMatchObject({ ok: false, reason: 'ticket 签名无效' })
    expect(verifyTicket('nothing', key, Date.now())).toMatchObject({ ok: false })
    const otherEnv = generateAuthKeys('prod')
    const foreign = tcb.init({ env: 'prod', credentials: otherEnv.customLogin }).auth().createTicket('m-0123456789')
    expect(verifyTicket(foreign, key, Date.now())).toMatchObject({ ok: false })
  })
})
