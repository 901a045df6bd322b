/** Ids and display forms derived from a member's phone number. */
import { createHash, createHmac } from 'node:crypto'
import { MAINLAND_MOBILE, normalisePhone } from './phone'

/**
 * The member id an import creates for this phone: the same number always gives
 * the same id, so importing the same file twice updates instead of duplicating.
 *
 * Privacy: there are only ~10^10 mobile numbers, so a plain hash can be reversed
 * by trying them all. Pass a server-side `secret` (same value in every
 * environment that shares a database) when ids can reach clients; without it
 * the id is as sensitive as the phone itself.
 */
export function importedMemberId(phone: string, secret?: string): string {
  const normalised = normalisePhone(phone)
  // Callers pass validated rows; an id derived from garbage would silently collide or split members.
  if (!MAINLAND_MOBILE.test(normalised)) throw new RangeError('importedMemberId: not a mainland mobile number')
  const digest = secret === undefined ? createHash('sha256').update(normalised).digest('hex') : createHmac('sha256', secret).update(normalised).digest('hex')
  return `m-${digest.slice(0, 20)}`
}

/**
 * 13800138000 → 138****8000. Shorter or odd input never reveals more than
 * half of itself, and the mask length does not give the length away.
 */
export function maskPhone(phone: string): string {
  // Defensive: stored documents may hold null or a number where a string is typed.
  const text = normalisePhone(String(phone ?? ''))
  const length = [...text].length
  if (length === 0) return ''
  if (length < 7) return '****'
  const chars = [...text]
  const [head, tail] = length >= 11 ? [3, 4] : [2, 2]
  return `${chars.slice(0, head).join('')}****${chars.slice(-tail).join('')}`
}
