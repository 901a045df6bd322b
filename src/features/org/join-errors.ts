import type { ApiError, ApiErrorCode } from '@/api/errors'

/**
 * What a failed redeem means to the newcomer, by the org function's codes
 * (cloudfunctions/org/invites.ts). INVITE_INVALID covers both an unknown code
 * and an invite whose member has left, so its own message is kept; so is any
 * other failure's (already Chinese).
 */
const MESSAGES: Partial<Record<ApiErrorCode, string>> = {
  INVITE_EXPIRED: '邀请码已过期（7 天内有效），请联系支部书记重新生成',
  INVITE_USED: '邀请码已被使用过，每个邀请码仅可使用一次，请联系支部书记重新生成',
  INVITE_REVOKED: '这个邀请码已作废（支部书记生成了新的邀请码），请使用最新的邀请码',
  ALREADY_MEMBER: '你的微信已加入党组织，无需再次加入',
  NOT_FOUND: '邀请码不存在，请核对后重新输入'
}

export function joinErrorMessage(error: ApiError): string {
  return MESSAGES[error.code] ?? error.message
}
