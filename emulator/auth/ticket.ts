import { createPublicKey, createVerify, type KeyObject } from 'node:crypto'

/**
 * CloudBase custom-login tickets, as `@cloudbase/node-sdk`'s
 * `auth().createTicket(uid)` makes them (node-sdk src/auth/index.ts):
 * `<private_key_id>/@@/<RS256 JWT>` whose payload is
 * `{ alg, env, iat, exp, uid, refresh, expire }` with times in milliseconds
 * and a ticket good for ten minutes. The emulator accepts a ticket only when
 * it names this data folder's key and its signature verifies against it.
 */
const SEPARATOR = '/@@/'
/** node-sdk's own uid check (validateUid). */
export const CUSTOM_UID = /^[a-zA-Z0-9_\-#@~=*(){}[\]:.,<>+]{4,32}$/

export type TicketVerdict = { ok: true; uid: string } | { ok: false; reason: string }

function decodeJson(part: string): Record<string, unknown> | null {
  try {
    const value: unknown = JSON.parse(Buffer.from(part, 'base64url').toString('utf8'))
    return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : null
  } catch {
    return null
  }
}

export function verifyTicket(ticket: string, key: { keyId: string; publicKey: string | KeyObject; env: string }, nowMs: number): TicketVerdict {
  const at = ticket.indexOf(SEPARATOR)
  if (at < 0) return { ok: false, reason: 'ticket 格式无效' }
  const keyId = ticket.slice(0, at)
  const jwt = ticket.slice(at + SEPARATOR.length)
  if (keyId !== key.keyId) return { ok: false, reason: 'ticket 的私钥不属于本环境' }
  const parts = jwt.split('.')
  if (parts.length !== 3) return { ok: false, reason: 'ticket 格式无效' }
  const header = decodeJson(parts[0])
  const payload = decodeJson(parts[1])
  if (!header || !payload || header.alg !== 'RS256') return { ok: false, reason: 'ticket 格式无效' }
  const verifier = createVerify('RSA-SHA256')
  verifier.update(`${parts[0]}.${parts[1]}`)
  const publicKey = typeof key.publicKey === 'string' ? createPublicKey(key.publicKey) : key.publicKey
  if (!verifier.verify(publicKey, Buffer.from(parts[2], 'base64url'))) return { ok: false, reason: 'ticket 签名无效' }
  if (payload.env !== key.env) return { ok: false, reason: 'ticket 不属于本环境' }
  if (typeof payload.exp !== 'number' || payload.exp < nowMs) return { ok: false, reason: 'ticket 已过期' }
  if (typeof payload.uid !== 'string' || !CUSTOM_UID.test(payload.uid)) return { ok: false, reason: 'ticket 的 uid 无效' }
  return { ok: true, uid: payload.uid }
}
