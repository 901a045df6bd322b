import { importedMemberId } from '../domain/org/import'

/**
 * Member ids are derived from the phone number (the same person is one record
 * however often they are added or imported) with an HMAC, because a plain hash
 * of a mobile number can be reversed by trying all 10^10 of them and the id
 * reaches the client. Production sets PS_MEMBER_ID_SECRET in the functions'
 * environment before the first member is stored; the local default is for the
 * emulator and tests only.
 */
const LOCAL_SECRET = 'party-study-local-only'

export function memberIdFor(phone: string): string {
  return importedMemberId(phone, process.env.PS_MEMBER_ID_SECRET ?? LOCAL_SECRET)
}
