import type { HistoryPage, HistoryPayload } from '../_shared/contract/me'
import { callerOpenId } from '../_shared/data/client'
import { historyOf } from '../_shared/data/me/history'
import { memberByOpenId } from '../_shared/data/member-by-openid'
import { historyItem } from '../_shared/domain/me/history-view'
import { AppErrorCode, AppFailure } from '../_shared/runtime/errors'

/**
 * 我的记录: the caller's own leave requests, 补学 and check-ins, one page at a
 * time. Whose records is decided by the OPENID the platform injected; the
 * payload names no member, so no payload reads anyone else's.
 */
export async function history({ kind, page, pageSize }: HistoryPayload): Promise<HistoryPage> {
  const openId = callerOpenId()
  if (!openId) throw new AppFailure(AppErrorCode.UNAUTHENTICATED, '无法识别当前微信用户，请在微信中打开')
  const member = await memberByOpenId(openId, { activeOnly: true })
  if (!member) throw new AppFailure(AppErrorCode.FORBIDDEN, '你还未加入党组织，加入后这里会列出你的请假、补学和签到')
  const { states, total, meetings } = await historyOf(member._id, kind, page, pageSize)
  return { items: states.map((state) => historyItem(state, meetings.get(state.meetingId))), total }
}
