import type { MemberCategory, MemberType, UnitType } from '@contract/org'
import { MEMBER_STATUS_LABELS, ROLE_LABELS, UNIT_TYPE_LABELS } from '@contract/org-rules'

/** How the UI names the contract's codes; role names come from the contract itself (the server uses the same). */

export { MEMBER_STATUS_LABELS, ROLE_LABELS, UNIT_TYPE_LABELS }

export const MEMBER_TYPES: MemberType[] = ['正式党员', '预备党员', '入党积极分子']
export const MEMBER_CATEGORIES: MemberCategory[] = ['在职', '离退休', '流动党员']

/** A unit's type as people say it; a 党支部 directly under the 党委 is 直属. */
export function unitTypeLabel(type: UnitType, directlyAttached = false): string {
  return type === 'branch' && directlyAttached ? '直属党支部' : UNIT_TYPE_LABELS[type]
}

/** "2025-11-24 09:05" in the device's time zone; the raw text when it is not a date. */
export function formatDateTime(iso: string): string {
  const date = new Date(iso)
  if (Number.isNaN(date.getTime())) return iso
  const pad = (n: number) => String(n).padStart(2, '0')
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())} ${pad(date.getHours())}:${pad(date.getMinutes())}`
}
