import type { NoticeDoc } from '../_shared/data/notice-docs'
import { loadNotice } from '../_shared/data/notices/notice-reads'
import { AppErrorCode, AppFailure } from '../_shared/runtime/errors'

/** A notice members and branches may act on: refused while it is still a draft. */
export async function loadPublished(id: string): Promise<NoticeDoc> {
  const notice = await loadNotice(id)
  if (notice.status !== 'published') throw new AppFailure(AppErrorCode.NOT_FOUND, '学习安排尚未发布')
  return notice
}
