import { callerOpenId } from '../_shared/data/client'
import type { MemberDoc } from '../_shared/data/org-docs'
import { memberByOpenId } from '../_shared/data/member-by-openid'
import { AppErrorCode, AppFailure } from '../_shared/runtime/errors'

/** The calling member, from the OPENID the platform injected; the payload never names one. */
export async function callingMember(): Promise<MemberDoc> {
  const openId = callerOpenId()
  if (!openId) throw new AppFailure(AppErrorCode.UNAUTHENTICATED, '无法识别当前微信用户，请在微信中打开')
  const member = await memberByOpenId(openId, { activeOnly: true })
  if (!member) throw new AppFailure(AppErrorCode.FORBIDDEN, '你还未加入党组织，加入后可以提交投诉建议')
  return member
}
