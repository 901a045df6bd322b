/**
 * Why an invite code cannot bind a WeChat account (null: it can). Pure rules,
 * checked inside the transaction that binds, on the documents it read.
 */
export interface Refusal {
  code: 'INVITE_INVALID' | 'INVITE_USED' | 'INVITE_EXPIRED' | 'ALREADY_BOUND' | 'INVITE_REVOKED'
  message: string
}

export const INVALID_INVITE: Refusal = { code: 'INVITE_INVALID', message: '邀请码无效，请核对后重试' }

/** The invite itself: it must exist, be unused and unexpired (7 days). */
export function inviteRefusal(invite: { usedAt: Date | null; expiresAt: Date } | null, at: Date): Refusal | null {
  if (!invite) return INVALID_INVITE
  if (invite.usedAt) return { code: 'INVITE_USED', message: '邀请码已被使用，请向支部书记重新索取' }
  if (invite.expiresAt.getTime() < at.getTime()) return { code: 'INVITE_EXPIRED', message: '邀请码已过期（7 天有效），请向支部书记重新索取' }
  return null
}

/** The invite's member: still on the roll, not bound, and this is their latest code (a newer one revokes it). */
export function memberRefusal(member: { status: string; openid?: string; inviteCode?: string } | null, code: string): Refusal | null {
  if (!member || member.status !== 'active') return { code: 'INVITE_INVALID', message: '该邀请对应的党员已不在册' }
  if (member.openid) return { code: 'ALREADY_BOUND', message: '该党员已绑定其他微信，请联系支部书记' }
  if (member.inviteCode !== code) return { code: 'INVITE_REVOKED', message: '邀请码已失效（已生成新的邀请码），请向支部书记索取最新的邀请码' }
  return null
}
