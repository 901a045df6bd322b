import type { AuditDoc } from '../org-docs'
import { insertOnce } from '../write'

/**
 * Records that an officer was shown a member's full phone number (to call about
 * leave or 送学上门). One entry per (officer, meeting, member): `_id` is built
 * from the three, so a retry or a second tap adds nothing.
 */
export function recordPhoneReveal(entry: AuditDoc): Promise<boolean> {
  return insertOnce('audit', entry)
}
