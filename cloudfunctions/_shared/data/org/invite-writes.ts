import { database } from '../client'
import type { AuditDoc, InviteDoc, MemberDoc } from '../org-docs'
import { inTransaction } from '../transaction'

/**
 * Writes a new invite and makes it the member's only valid one: every earlier
 * code is revoked by the same write. `unbind` also ends the member's current
 * WeChat binding (a rebind).
 */
export async function insertInvite(invite: InviteDoc, audit: AuditDoc, options: { unbind: boolean }): Promise<void> {
  const _ = database().command
  await inTransaction(async (txn) => {
    await txn.collection('invites').add(invite)
    await txn
      .collection('members')
      .doc(invite.memberId)
      .update({ ...(options.unbind ? { openid: _.remove() } : {}), inviteCode: invite._id, updatedAt: invite.createdAt })
    await txn.collection('audit').add(audit)
  })
}

/** What redeeming checks, supplied by the use case: each returns the document it accepts or throws the refusal (rolling everything back). */
export interface RedeemChecks {
  invite(invite: InviteDoc | null): InviteDoc
  member(member: MemberDoc | null): MemberDoc
  audit(member: MemberDoc): AuditDoc
}

/**
 * Binds `openId` to the invite's member. One transaction over the invite and
 * the member: two people racing for one code conflict, the SDK retries the
 * loser, who then finds the code used. The bound member.
 */
export async function bindInvite(code: string, openId: string, at: () => Date, checks: RedeemChecks): Promise<MemberDoc> {
  const _ = database().command
  return inTransaction(async (txn) => {
    const invite = checks.invite((await txn.collection('invites').doc(code).get()).data as InviteDoc | null)
    const member = checks.member((await txn.collection('members').doc(invite.memberId).get()).data as MemberDoc | null)
    await txn.collection('invites').doc(code).update({ usedAt: at(), usedBy: openId })
    await txn.collection('members').doc(member._id).update({ openid: openId, inviteCode: _.remove(), updatedAt: at() })
    await txn.collection('audit').add(checks.audit(member))
    return { ...member, openid: openId, inviteCode: undefined }
  })
}
