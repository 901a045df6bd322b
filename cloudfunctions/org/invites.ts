import { JOIN_PAGE, type InviteView, type MemberView } from '../_shared/contract/org'
import { callerOpenId } from '../_shared/data/client'
import { isDuplicateWrite } from '../_shared/data/write'
import type { InviteDoc, MemberDoc } from '../_shared/data/org-docs'
import { memberByOpenId } from '../_shared/data/member-by-openid'
import { bindInvite, insertInvite } from '../_shared/data/org/invite-writes'
import { unitNames } from '../_shared/data/org/unit-names'
import { INVALID_INVITE, inviteRefusal, memberRefusal, type Refusal } from '../_shared/domain/org/redeem'
import { inviteExpiry, isWellFormedInviteCode, joinPath, newInviteCode, normaliseInviteCode } from '../_shared/domain/org/invite-code'
import type { Caller } from '../_shared/domain/org/scope'
import { now } from '../_shared/runtime/clock'
import { AppErrorCode, AppFailure } from '../_shared/runtime/errors'
import { auditEntry } from './audit'
import { guard } from '../_shared/access/caller'
import { loadMember } from '../_shared/data/org/by-id'
import { memberView } from './views'
import { findShortCode, saveShortCode } from '../_shared/data/short-codes/store'
import { getUnlimitedCode, wxacodeEnvVersion } from '../_shared/data/short-codes/wxacode'
import { inviteScene, sceneKind } from '../_shared/domain/short-codes/scene'

const refused = (refusal: Refusal) => new AppFailure(refusal.code, refusal.message)

function inviteFor(member: MemberDoc, createdBy: string): InviteDoc {
  const createdAt = now()
  return {
    _id: newInviteCode(),
    memberId: member._id,
    unitPath: member.unitPath,
    createdBy,
    createdAt,
    expiresAt: inviteExpiry(createdAt),
    usedAt: null,
    usedBy: null
  }
}

/**
 * The invite's 小程序码: a short code (scene → invite code, expiring with the
 * invite) and the platform's image of the join page with that scene. The
 * scene is derived from the code, so a retry stores and returns the same one.
 * Null when the platform refuses or fails: the invite itself is made and the
 * screen shows the plain QR and the code.
 */
async function inviteWxaCode(invite: InviteDoc): Promise<InviteView['wxaCode']> {
  const scene = inviteScene(invite._id)
  await saveShortCode({ _id: scene, kind: 'invite', ref: invite._id, createdAt: now(), expiresAt: invite.expiresAt })
  const envVersion = wxacodeEnvVersion()
  const image = await getUnlimitedCode({ scene, page: JOIN_PAGE, env_version: envVersion, check_path: envVersion === 'release' })
  if (!image.ok) {
    console.warn(`wxacode.getUnlimited refused the invite code: ${image.errcode} ${image.errmsg}`)
    return null
  }
  return { scene, png: image.png }
}

/** The invite code behind a 小程序码's scene, for whoever opened it (it only carries the code they were given). */
export async function resolveInviteScene(payload: { scene: string }): Promise<{ code: string }> {
  const scene = payload.scene.trim()
  const found = sceneKind(scene) === 'invite' ? await findShortCode(scene) : null
  if (!found || found.kind !== 'invite') throw refused(INVALID_INVITE)
  if (found.expiresAt.getTime() <= now().getTime()) throw new AppFailure('INVITE_EXPIRED', '邀请码已过期（7 天有效），请向支部书记重新索取')
  return { code: found.ref }
}

async function inviteView(invite: InviteDoc, member: MemberDoc): Promise<InviteView> {
  const [names, wxaCode] = await Promise.all([unitNames([member.unitId]), inviteWxaCode(invite)])
  return {
    wxaCode,
    code: invite._id,
    memberId: member._id,
    memberName: member.name,
    unitName: names.get(member.unitId) ?? '',
    expiresAt: invite.expiresAt.toISOString(),
    joinPath: joinPath(invite._id)
  }
}

/** A new invite that replaces every earlier one of the member (data/org/invite-writes.ts); `unbind` also ends their WeChat binding. */
async function writeInvite(caller: Caller, member: MemberDoc, action: string, summary: string, unbind = false): Promise<InviteDoc> {
  const invite = inviteFor(member, caller.memberId)
  await insertInvite(invite, auditEntry(caller, action, { _id: member.unitId, path: member.unitPath }, member._id, summary), { unbind })
  return invite
}

export async function createInvite(caller: Caller, payload: { memberId: string }): Promise<InviteView> {
  const member = await loadMember(payload.memberId)
  guard(caller, { action: 'invites.create', targets: [member.unitPath], member: { id: member._id, roles: member.roles } })
  if (member.status !== 'active') throw new AppFailure(AppErrorCode.INVALID_INPUT, '该党员已不在册')
  if (member.openid) throw new AppFailure('ALREADY_BOUND', '该党员已绑定微信；如需更换，请使用“重新绑定”')
  const invite = await writeInvite(caller, member, 'invites.create', `为“${member.name}”生成邀请码`)
  return inviteView(invite, member)
}

/** A secretary's action for a new phone or WeChat account: the old binding ends, a new invite starts. */
export async function rebindMember(caller: Caller, payload: { memberId: string; reason: string }): Promise<InviteView> {
  const member = await loadMember(payload.memberId)
  guard(caller, { action: 'members.rebind', targets: [member.unitPath], member: { id: member._id, roles: member.roles } })
  if (member.status !== 'active') throw new AppFailure(AppErrorCode.INVALID_INPUT, '该党员已不在册')
  const invite = await writeInvite(caller, member, 'members.rebind', `解除“${member.name}”的微信绑定并重新邀请：${payload.reason}`, true)
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
  if (!isWellFormedInviteCode(code)) throw refused(INVALID_INVITE)
  if (await memberByOpenId(openId, { activeOnly: false })) throw new AppFailure('ALREADY_MEMBER', '你的微信已加入党组织，无需再次加入')
  let member: MemberDoc
  try {
    // The rules are checked on what the binding transaction read: a refusal rolls it back.
    member = await bindInvite(code, openId, now, {
      invite(invite) {
        const refusal = inviteRefusal(invite, now())
        if (refusal || !invite) throw refused(refusal ?? INVALID_INVITE)
        return invite
      },
      member(candidate) {
        const refusal = memberRefusal(candidate, code)
        if (refusal || !candidate) throw refused(refusal ?? INVALID_INVITE)
        return candidate
      },
      audit(bound) {
        const actor = { memberId: bound._id, name: bound.name, unitPath: bound.unitPath, roles: bound.roles }
        return auditEntry(actor, 'invites.redeem', { _id: bound.unitId, path: bound.unitPath }, bound._id, `“${bound.name}”使用邀请码绑定微信`)
      }
    })
  } catch (error) {
    // The unique index on openid: the same WeChat redeemed another invite at the same moment.
    if (isDuplicateWrite(error)) throw new AppFailure('ALREADY_MEMBER', '你的微信已加入党组织，无需再次加入')
    throw error
  }
  return memberView(member, await unitNames([member.unitId, member.groupId ?? '']))
}
