import { createHmac, timingSafeEqual } from 'node:crypto'
import { CHECKIN_WINDOW_SECONDS } from '../../contract/meetings-rules'

/**
 * The rotating check-in code: `<meetingId>.<window>.<signature>`, where the
 * window is the 30-second slot of the server's clock and the signature an
 * HMAC over both, so a code cannot be made up, moved to another meeting, or
 * kept: it is good for its own window and the next one (a member scanning
 * just as it rotates still gets in), then expires. A photo of the QR shared
 * in the group stops working within a minute.
 */
export type TokenRejection = 'malformed' | 'forged' | 'expired'

const SIGNATURE_CHARS = 22

export const windowOf = (at: Date): number => Math.floor(at.getTime() / (CHECKIN_WINDOW_SECONDS * 1000))

export const windowEnd = (window: number): Date => new Date((window + 1) * CHECKIN_WINDOW_SECONDS * 1000)

function sign(meetingId: string, window: number, secret: string): string {
  return createHmac('sha256', secret).update(`${meetingId}.${window}`).digest('base64url').slice(0, SIGNATURE_CHARS)
}

export function issueToken(meetingId: string, at: Date, secret: string): { token: string; rotatesAt: Date } {
  const window = windowOf(at)
  return { token: `${meetingId}.${window}.${sign(meetingId, window, secret)}`, rotatesAt: windowEnd(window) }
}

export function verifyToken(token: string, at: Date, secret: string): { ok: true; meetingId: string } | { ok: false; reason: TokenRejection } {
  const match = /^([A-Za-z0-9_-]{1,120})\.(\d{1,12})\.([A-Za-z0-9_-]{22})$/.exec(token)
  if (!match) return { ok: false, reason: 'malformed' }
  const [, meetingId, windowText, signature] = match
  const window = Number(windowText)
  const expected = Buffer.from(sign(meetingId, window, secret))
  if (!timingSafeEqual(expected, Buffer.from(signature))) return { ok: false, reason: 'forged' }
  const current = windowOf(at)
  if (window !== current && window !== current - 1) return { ok: false, reason: 'expired' }
  return { ok: true, meetingId }
}
