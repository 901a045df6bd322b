import { importedMemberId } from '../domain/org/import'
import { requireSecret } from './secrets'

/**
 * Member ids are derived from the phone number (the same person is one record
 * however often they are added or imported) with an HMAC, because a plain hash
 * of a mobile number can be reversed by trying all 10^10 of them and the id
 * reaches the client. The key is PS_MEMBER_ID_SECRET from the functions'
 * environment; without it this throws CONFIG_MISSING rather than guess.
 */
export function memberIdFor(phone: string): string {
  return importedMemberId(phone, requireSecret('PS_MEMBER_ID_SECRET'))
}
