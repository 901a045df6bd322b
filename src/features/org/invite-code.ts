/**
 * Invite codes as people type them. Mirrors the server's alphabet
 * (cloudfunctions/_shared/domain/org/invite-code.ts): 8 characters, no
 * look-alikes (0/O, 1/I/L); the server is still the one that checks.
 */
const ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ'
export const INVITE_CODE_LENGTH = 8

/** Upper case, without the spaces and dashes people add when reading it out. */
export function normaliseInviteCode(input: string): string {
  return input.toUpperCase().replace(/[\s-]/g, '')
}

/** A Chinese reason the code cannot be right, or '' when it looks well formed. */
export function inviteCodeProblem(code: string): string {
  if (!code) return '请输入邀请码'
  if (code.length !== INVITE_CODE_LENGTH) return `邀请码为 ${INVITE_CODE_LENGTH} 位字母或数字，请核对`
  if (![...code].every((char) => ALPHABET.includes(char))) return '邀请码中有无效字符，请核对（不含 0、O、1、I、L）'
  return ''
}

/** The code inside whatever a scan returned: a join path with ?code=…, or the bare code. */
export function codeFromScan(text: string): string {
  const match = /[?&]code=([^&#]+)/.exec(text)
  return normaliseInviteCode(match ? decodeURIComponent(match[1]) : text)
}
