import { database } from '../client'
import type { MemberDoc } from '../org-docs'

/**
 * The member a console login names (its custom-login uid is the member's
 * `_id`): active, and written by the functions only (a document carrying
 * `_openid` came from a client and is never anyone's identity, as in
 * member-by-openid.ts). One read per call, so a role revoked a moment ago
 * counts on the very next call.
 */
export async function activeMemberById(memberId: string): Promise<MemberDoc | null> {
  const _ = database().command
  const { data } = await database()
    .collection('members')
    .where({ _id: memberId, status: 'active', _openid: _.exists(false) })
    .limit(1)
    .get()
  return (data as MemberDoc[])[0] ?? null
}
