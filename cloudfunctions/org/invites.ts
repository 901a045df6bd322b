import type { InviteView, MemberView } from '../_shared/contract/org'
import { callerOpenId, database } from '../_shared/data/client'
import { isDuplicateWrite } from '../_shared/data/write'
import type { InviteDoc, MemberDoc } from '../_shared/data/org-docs'
import { memberByOpenId } from '../_shared/data/member-by-openid'
import { inTransaction, type Transaction } from '../_shared/data/transaction'
import { inviteExpiry, isWellFormedInviteCode, joinPath, newInviteCode, normaliseInviteCode } from '../_shared/domain/org/invite-code'
import type { Caller } from '../_shared/domain/org/scope'
import { now } from '../_shared/runtime/clock'
import { AppErrorCode, AppFailure } from '../_shared/runtime/errors'
import { auditEntry } from './audit'
import { guard, loadMember } from '../_shared/access/caller'
import { unitNames } from './names'
import { memberView } from './views'

const INVALID = () => new AppFailure('INVITE_INVALID', '邀请码无效，请核对后重试')

function inviteFor(member: MemberDoc, createdBy: string): InviteDoc {
  const createdAt = now()
  return { _id: newInviteCode(), memberId: member._id, unitPath: member.unitPath, createdBy, createdAt, expiresAt: inviteExpiry(createdAt), usedAt: null, usedBy: null }
}

async function inviteView(invite: InviteDoc, member: MemberDoc): Promise<InviteView> {
  const names = await unitNames([member.unitId])
  return { code: invite._id, memberId: member._id, memberName: member.name, unitName: names.get(member.unitId) ?? '', expiresAt: invite.expiresAt.toISOString(), joinPath: joinPath(invite._id) }
}

/** Writes a new invite and makes it the member's only valid one: every earlier code is revoked by the same write. */
async function writeInvite(txn: Transaction, caller: Caller, member: MemberDoc, action: string, summary: string, memberFields: Record<string, unknown> = {}): Promise<InviteDoc> {
  const invite = inviteFor(member, caller.memberId)
  await txn.collection('invites').add(invite)
  await txn.collection('members').doc(member._id).update({ ...memberFields, inviteCode: invite._id, updatedAt: invite.createdAt })
  await txn.collection('audit').add(auditEntry(caller, action, { _id: member.unitId, path: member.unitPath }, member._id, summary))
  return invite
}

export async function createInvite(caller: Caller, payload: { memberId: string }): Promise<InviteView> {
  const member = await loadMember(payload.memberId)
  guard(caller, { action: 'invites.create', targets: [member.unitPath], member: { id: member._id, roles: member.roles } })
  if (member.status !== 'active') throw new AppFailure(AppErrorCode.INVALID_INPUT, '该党员已不在册')
  if (member.openid) throw new AppFailure('ALREADY_BOUND', '该党员已绑定微信；如需更换，请使用“重新绑定”')
  const invite = await inTransaction((txn) => writeInvite(txn, caller, member, 'invites.create', `为“${member.name}”生成邀请码`))
  return inviteView(invite, member)
}

/** A secretary's action for a new phone or WeChat account: the old binding ends, a new invite starts. */
export async function rebindMember(caller: Caller, payload: { memberId: string; reason: string }): Promise<InviteView> {
  const member = await loadMember(payload.memberId)
  guard(caller, { action: 'members.rebind', targets: [member.unitPath], member: { id: member._id, roles: member.roles } })
  if (member.status !== 'active') throw new AppFailure(AppErrorCode.INVALID_INPUT, '该党员已不在册')
  const _ = database().command
  const invite = await inTransaction((txn) => writeInvite(txn, caller, member, 'members.rebind', `解除“${member.name}”的微信绑定并重新邀请：${payload.reason}`, { openid: _.remove() }))
  return inviteView(invite, member)
}

/**
 * Binds the caller's OPENID (from the platform) to the invite's member. One
 * transaction over the invite and the member: two people racing for one code
 * conflict, the SDK retries the loser, who then finds the code used.
 */
export async function redeemInvite(payload: { code: string }): Promise<MemberView> {
  const openId = callerOpenId()
  if (!openId) throw new AppFailure(AppErrorCode.UNAUTHENTICATED, '无法识别当前微信用户，请在微信中打开')
  const code = normaliseInviteCode(payload.code)
  if (!isWellFormedInviteCode(code)) throw INVALID()
  if (await memberByOpenId(openId, { activeOnly: false })) throw new AppFailure('ALREADY_MEMBER', '你的微信已加入党组织，无需再次加入')
  let bound: MemberDoc | undefined
  const _ = database().command
  try {
    await inTransaction(async (txn) => {
      const invite = (await txn.collection('invites').doc(code).get()).data as InviteDoc | null
      if (!invite) throw INVALID()
      if (invite.usedAt) throw new AppFailure('INVITE_USED', '邀请码已被使用，请向支部书记重新索取')
      if (invite.expiresAt.getTime() < now().getTime()) throw new AppFailure('INVITE_EXPIRED', '邀请码已过期（7 天有效），请向支部书记重新索取')
      const member = (await txn.collection('members').doc(invite.memberId).get()).data as MemberDoc | null
      if (!member || member.status !== 'active') throw new AppFailure('INVITE_INVALID', '该邀请对应的党员已不在册')
      if (member.openid) throw new AppFailure('ALREADY_BOUND', '该党员已绑定其他微信，请联系支部书记')
      if (member.inviteCode !== code) throw new AppFailure('INVITE_REVOKED', '邀请码已失效（已生成新的邀请码），请向支部书记索取最新的邀请码')
      await txn.collection('invites').doc(code).update({ usedAt: now(), usedBy: openId })
      await txn.collection('members').doc(member._id).update({ openid: openId, inviteCode: _.remove(), updatedAt: now() })
      const actor = { memberId: member._id, name: member.name, unitPath: member.unitPath, roles: member.roles }
      await txn.collection('audit').add(auditEntry(actor, 'invites.redeem', { _id: member.unitId, path: member.unitPath }, member._id, `“${member.name}”使用邀请码绑定微信`))
      bound = { ...member, openid: openId, inviteCode: undefined }
    })
  } catch (error) {
    // The unique index on openid: the same WeChat redeemed another invite at the same moment.
    if (isDuplicateWrite(error)) throw new AppFailure('ALREADY_MEMBER', '你的微信已加入党组织，无需再次加入')
    throw error
  }
  const member = bound as MemberDoc
  return memberView(member, await unitNames([member.unitId, member.groupId ?? '']))
}
