import type { NoticeDoc } from '../_shared/data/notice-docs'
import { loadNotice } from '../_shared/data/notices/notice-reads'
import { localDay } from '../_shared/domain/calendar'
import { AppErrorCode, AppFailure } from '../_shared/runtime/errors'

/** A notice members and branches may act on: refused while it is still a draft, and once withdrawn (撤回). */
export async function loadPublished(id: string): Promise<NoticeDoc> {
  const notice = await loadNotice(id)
  if (notice.withdrawal || notice.status === 'withdrawn') {
    const day = notice.withdrawal ? localDay(notice.withdrawal.at) : ''
    throw new AppFailure('NOTICE_WITHDRAWN', `该期学习安排已于 ${day} 由党委组织部撤回${notice.withdrawal?.reason ? `：${notice.withdrawal.reason}` : ''}`)
  }
  if (notice.status !== 'published') throw new AppFailure(AppErrorCode.NOT_FOUND, '学习安排尚未发布')
  return notice
}
