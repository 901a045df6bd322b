/** Mainland mobile numbers: how they are cleaned up, checked and shown. */
import { fold } from './text'

export const MAINLAND_MOBILE = /^1[3-9]\d{9}$/

/**
 * Folds full-width digits, drops spaces, dashes, dots and brackets people use
 * to group digits, and a +86 / 0086 / 86 country prefix. Returns what is left,
 * valid or not, so the caller can say what is wrong with it.
 */
export function normalisePhone(raw: string): string {
  const compact = fold(raw).replace(/[\s\-‐‑‒–—―.()]/g, '')
  const withoutCountry = compact.replace(/^(?:\+86|0086)/, '')
  // A bare "86" prefix is only stripped when a full mobile number follows, so 86xxxxxxxxx stays as typed.
  const bare = /^86(1\d{10})$/.exec(withoutCountry)
  return bare ? bare[1] : withoutCountry
}

/** Why a cleaned-up phone is not a mainland mobile, in Chinese; null when it is one. */
export function phoneProblem(raw: string, normalised: string): string | null {
  if (normalised === '') return '手机号不能为空'
  if (!/^\d+$/.test(normalised)) return `手机号只能包含数字，实际为 “${raw}”`
  if (normalised.length !== 11) return `手机号应为 11 位数字，实际为 “${raw}”`
  if (!MAINLAND_MOBILE.test(normalised)) return `手机号应以 13–19 开头，实际为 “${raw}”`
  return null
}
