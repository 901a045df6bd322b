import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto'

/**
 * The emulator's login state: access and refresh tokens it signs itself
 * (HS256 JWTs under the data folder's token secret) carrying who signed in,
 * so a token survives an emulator restart and nothing else is stored. What
 * the web SDK reads of them is only `expires_in`; the rest is ours.
 *
 *   access  — `Authorization: Bearer …` on function calls; 2 h by default
 *             (`PUT /_emulator/auth/config { accessTokenSeconds }` shortens it
 *             so tests can watch the SDK refresh);
 *   refresh — exchanged at /auth/v1/token for a new access token; 30 days;
 *             revoked by sign-out (`/auth/v1/revoke`), in memory.
 */
export interface WebUser {
  /** CloudBase's user id (TCB_UUID). */
  uid: string
  /** The custom-login uid the ticket named (TCB_CUSTOM_USER_ID); absent for anonymous users. */
  customUserId?: string
  anonymous: boolean
}

export interface TokenClaims extends WebUser {
  kind: 'access' | 'refresh'
  env: string
  jti: string
  /** Seconds since the epoch, as JWT. */
  iat: number
  exp: number
}

export type TokenVerdict = { ok: true; claims: TokenClaims } | { ok: false; code: 'INVALID_ACCESS_TOKEN' | 'ACCESS_TOKEN_EXPIRED'; reason: string }

export const DEFAULT_ACCESS_SECONDS = 2 * 3600
export const REFRESH_SECONDS = 30 * 24 * 3600

/** A custom user's CloudBase uid: stable for the same custom uid in the same environment, like the platform's. */
export function uidForCustomUser(env: string, customUserId: string): string {
  return createHash('sha256').update(`${env}:custom:${customUserId}`).digest('hex').slice(0, 32)
}

export function newAnonymousUid(): string {
  return randomBytes(16).toString('hex')
}

export class TokenIssuer {
  accessSeconds = DEFAULT_ACCESS_SECONDS
  private readonly revoked = new Set<string>()

  constructor(
    private readonly secret: string,
    private readonly env: string
  ) {}

  issue(user: WebUser, kind: TokenClaims['kind'], nowMs: number): string {
    const iat = Math.floor(nowMs / 1000)
    const claims: TokenClaims = {
      ...user,
      kind,
      env: this.env,
      jti: randomBytes(12).toString('hex'),
      iat,
      exp: iat + (kind === 'access' ? this.accessSeconds : REFRESH_SECONDS)
    }
    const head = Buffer.from(JSON.stringify({ alg: 'HS256', typ: 'JWT' })).toString('base64url')
    const body = Buffer.from(JSON.stringify(claims)).toString('base64url')
    return `${head}.${body}.${this.sign(`${head}.${body}`)}`
  }

  verify(token: string, kind: TokenClaims['kind'], nowMs: number): TokenVerdict {
    const parts = token.split('.')
    if (parts.length !== 3) return { ok: false, code: 'INVALID_ACCESS_TOKEN', reason: '令牌格式无效' }
    const expected = Buffer.from(this.sign(`${parts[0]}.${parts[1]}`))
    const given = Buffer.from(parts[2])
    if (expected.length !== given.length || !timingSafeEqual(expected, given)) return { ok: false, code: 'INVALID_ACCESS_TOKEN', reason: '令牌签名无效' }
    let claims: TokenClaims
    try {
      claims = JSON.parse(Buffer.from(parts[1], 'base64url').toString('utf8')) as TokenClaims
    } catch {
      return { ok: false, code: 'INVALID_ACCESS_TOKEN', reason: '令牌格式无效' }
    }
    if (claims.kind !== kind || claims.env !== this.env) return { ok: false, code: 'INVALID_ACCESS_TOKEN', reason: '令牌不适用于此处' }
    if (this.revoked.has(claims.jti)) return { ok: false, code: 'INVALID_ACCESS_TOKEN', reason: '令牌已注销' }
    if (claims.exp * 1000 <= nowMs) return { ok: false, code: 'ACCESS_TOKEN_EXPIRED', reason: '令牌已过期' }
    return { ok: true, claims }
  }

  revoke(jti: string): void {
    this.revoked.add(jti)
  }

  private sign(input: string): string {
    return createHmac('sha256', this.secret).update(input).digest('base64url')
  }
}
