import { findById, getById } from '../_shared/data/read'
import type { NoticeDoc, NoticeMemberDoc, NoticeUnitDoc } from '../_shared/data/notice-docs'
import { noticeMemberId, noticeUnitId } from '../_shared/domain/notices/counters'
import { AppErrorCode, AppFailure } from '../_shared/runtime/errors'

/** Reads of the notices collections, each one database call. */
export const loadNotice = (id: string): Promise<NoticeDoc> => getById<NoticeDoc>('notices', id, '学习安排不存在')

export async function loadPublished(id: string): Promise<NoticeDoc> {
  const notice = await loadNotice(id)
  if (notice.status !== 'published') throw new AppFailure(AppErrorCode.NOT_FOUND, '学习安排尚未发布')
  return notice
}

/** The (notice, unit) document; its absence means the notice was not sent to that unit. */
export const loadNoticeUnit = (noticeId: string, unitId: string): Promise<NoticeUnitDoc> =>
  getById<NoticeUnitDoc>('noticeUnits', noticeUnitId(noticeId, unitId), '该学习安排未下发到这个组织')

/** A member's state for a notice, or null before their first action. */
export const loadMemberState = (noticeId: string, memberId: string): Promise<NoticeMemberDoc | null> =>
  findById<NoticeMemberDoc>('noticeMembers', noticeMemberId(noticeId, memberId))
