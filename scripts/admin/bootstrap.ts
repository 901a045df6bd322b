import type { QuotaSettings } from '../../cloudfunctions/_shared/contract/dashboard-api'
import type { MemberDoc, UnitDoc } from '../../cloudfunctions/_shared/data/org-docs'
import type { Transaction } from '../../cloudfunctions/_shared/data/transaction'
import { joinPath } from '../../cloudfunctions/_shared/domain/org/invite-code'
import { memberIdFor } from '../../cloudfunctions/_shared/runtime/member-id'
import { ensureCollections } from '../seed/seed'
import { adminInviteDoc, adminMemberDoc, bootstrapAudit, committeeDoc } from './bootstrap-docs'
import { ensureCommitteeQuotas } from './quota-defaults'
import type { Db } from './target'

export interface BootstrapInput {
  committeeName: string
  adminName: string
  phone: string
}

export interface BootstrapResult {
  committee: { id: string; name: string; created: boolean }
  admin: { id: string; name: string; created: boolean }
  invite: { code: string; expiresAt: Date; joinPath: string }
  /** Whether the config's quotaDefaults were stored as the 党委's quota settings (false: it had its own, or none configured). */
  quotasSet: boolean
}

export interface BootstrapOptions {
  at?: Date
  /** The config's quotaDefaults: the 党委's initial quota settings, stored only when it has none. */
  quotaDefaults?: QuotaSettings
}

const PHONE = /^1\d{10}$/

function checkInput(input: BootstrapInput): void {
  if (!input.committeeName.trim()) throw new Error('请用 --name 给出党委名称')
  if (!input.adminName.trim()) throw new Error('请用 --admin-name 给出管理员姓名')
  if (!PHONE.test(input.phone)) throw new Error('--phone 应为 11 位手机号')
}

/** The one 党委 of the environment, if there is one; any other than the one asked for is a refusal. */
async function existingCommittee(db: Db, name: string): Promise<UnitDoc | null> {
  const { data } = (await db.collection('units').where({ type: 'committee' }).limit(2).get()) as { data: UnitDoc[] }
  if (data.length === 0) return null
  if (data.length > 1) throw new Error(`环境中已有 ${data.length} 个以上党委，bootstrap 不知道该用哪一个，未做任何修改`)
  if (data[0].name !== name) {
    throw new Error(
      `环境中已有党委“${data[0].name}”，bootstrap 只用于首次上线，不会再建第二个党委。如需为首位管理员重新签发邀请码，请使用与首次完全相同的党委名称、姓名和手机号`
    )
  }
  return data[0]
}

/**
 * The first administrator of an existing 党委: the same person again (a rerun)
 * is fine; anyone else means the setup was already done, and is refused.
 * null: the committee has no administrator yet (a first run that stopped
 * half-way), so one is created.
 */
async function existingAdmin(db: Db, committee: UnitDoc, memberId: string, input: BootstrapInput): Promise<MemberDoc | null> {
  const member = (await db.collection('members').doc(memberId).get()).data[0] as MemberDoc | undefined
  if (member) {
    const isAdmin =
      member.status === 'active' && member.unitId === committee._id && member.roles.some((r) => r.role === 'org_department' && r.unitId === committee._id)
    if (!isAdmin) throw new Error('该手机号已登记为其他党员，不能作为首位管理员；未做任何修改')
    if (member.name !== input.adminName) throw new Error(`该手机号的管理员登记姓名为“${member.name}”，与 --admin-name 不一致；未做任何修改`)
    if (member.openid) throw new Error(`管理员“${member.name}”已绑定微信，无需新的邀请码；如需更换微信，请由其他组织部账号在小程序中“重新绑定”`)
    return member
  }
  const _ = db.command
  const { data } = (await db
    .collection('members')
    .where({ status: 'active', roles: _.elemMatch({ role: 'org_department', unitId: committee._id }) })
    .limit(1)
    .get()) as { data: MemberDoc[] }
  if (data.length > 0) throw new Error(`党委“${committee.name}”已有组织部管理员“${data[0].name}”，bootstrap 不会再建第二个管理员（其他管理员请在小程序中添加）`)
  return null
}

/**
 * Sets up the first administrator, idempotently: the 党委 (type committee,
 * path /<id>/), a member of it with the 组织部 role, and a one-time invite
 * for that member. Run again with the same input, it creates nothing and
 * issues a new invite, which revokes the previous one (the member's
 * inviteCode names the only code that may still be redeemed). The config's
 * quota defaults become the 党委's quota settings if it has none yet.
 */
export async function bootstrap(db: Db, input: BootstrapInput, opts: BootstrapOptions = {}): Promise<BootstrapResult> {
  const at = opts.at ?? new Date()
  checkInput(input)
  // First, before any write: without the environment's member-id key this throws CONFIG_MISSING.
  const memberId = memberIdFor(input.phone)
  await ensureCollections(db)
  const found = await existingCommittee(db, input.committeeName)
  const foundAdmin = found ? await existingAdmin(db, found, memberId, input) : null
  if (!found && (await db.collection('members').doc(memberId).get()).data.length > 0) {
    throw new Error('该手机号已登记为党员，但环境中没有党委：数据不完整，请先核对数据库；未做任何修改')
  }
  const committee = found ?? committeeDoc(input.committeeName, at)
  const admin = foundAdmin ?? adminMemberDoc(committee, input.adminName, input.phone, at)
  const invite = adminInviteDoc(admin, at)
  const summary = foundAdmin ? `为首位管理员“${admin.name}”重新签发邀请码` : `首次上线：设立党委“${committee.name}”，添加组织部管理员“${admin.name}”`
  const _ = db.command
  // One transaction: a run that fails leaves either everything or nothing, so a rerun always starts from a known state.
  await db.runTransaction(async (txn: Transaction) => {
    if (!found) {
      const { _id, ...fields } = committee
      await txn
        .collection('units')
        .doc(_id)
        .set({ ...fields, memberCount: 1 })
    } else if (!foundAdmin) {
      await txn
        .collection('units')
        .doc(committee._id)
        .update({ memberCount: _.inc(1) })
    }
    if (foundAdmin) {
      await txn.collection('members').doc(admin._id).update({ inviteCode: invite._id, updatedAt: at })
    } else {
      // No membership follow (data/membership-follow.ts) is needed: a new 党委 has no open notices or meetings to move.
      const { _id, ...fields } = admin
      await txn
        .collection('members')
        .doc(_id)
        .set({ ...fields, inviteCode: invite._id })
    }
    await txn.collection('invites').add(invite)
    await txn.collection('audit').add(bootstrapAudit(committee, admin, summary, at))
  })
  // After the 党委 exists; its own transaction, repeated by a rerun if this run dies here (docs never overwritten).
  const quotasSet = opts.quotaDefaults ? await ensureCommitteeQuotas(db, committee._id, opts.quotaDefaults, at) : false
  return {
    quotasSet,
    committee: { id: committee._id, name: committee.name, created: !found },
    admin: { id: admin._id, name: admin.name, created: !foundAdmin },
    invite: { code: invite._id, expiresAt: invite.expiresAt, joinPath: joinPath(invite._id) }
  }
}
