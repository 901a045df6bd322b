import { randomInt } from 'node:crypto'
import { JOIN_PAGE } from '../../contract/org'

/**
 * Short invite codes people can read aloud and type: 8 characters from an
 * alphabet without look-alikes (no 0/O, 1/I/L). 31^8 ≈ 8.5 × 10^11 codes, so a
 * forged code is a guess in a very large space; each is single use and expires.
 */
const ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ'
export const INVITE_CODE_LENGTH = 8
export const INVITE_TTL_MS = 7 * 24 * 60 * 60 * 1000

export function newInviteCode(pick: (max: number) => number = randomInt): string {
  let code = ''
  for (let i = 0; i < INVITE_CODE_LENGTH; i += 1) code += ALPHABET[pick(ALPHABET.length)]
  return code
}

/** Accepts what people type: lower case, spaces and dashes. */
export function normaliseInviteCode(input: string): string {
  return input.toUpperCase().replace(/[\s-]/g, '')
}

export function isWellFormedInviteCode(code: string): boolean {
  return code.length === INVITE_CODE_LENGTH && [...code].every((char) => ALPHABET.includes(char))
}

export function inviteExpiry(now: Date): Date {
  return new Date(now.getTime() + INVITE_TTL_MS)
}

export function joinPath(code: string): string {
  return `/${JOIN_PAGE}?code=${code}`
}
