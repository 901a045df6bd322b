import { noticeMemberId, noticeUnitId } from '../../domain/notices/counters'
import type { NoticeDoc, NoticeMemberDoc, NoticeUnitDoc } from '../notice-docs'
import { findById, getById } from '../read'

/** Single-document reads of the notices collections, each one database call. */

export const loadNotice = (id: string): Promise<NoticeDoc> => getById<NoticeDoc>('notices', id, '学习安排不存在')

/** The notice, or null (a draft not saved yet). */
export const findNotice = (id: string): Promise<NoticeDoc | null> => findById<NoticeDoc>('notices', id)

/** The (notice, unit) document; its absence means the notice was not sent to that unit. */
export const loadNoticeUnit = (noticeId: string, unitId: string): Promise<NoticeUnitDoc> =>
  getById<NoticeUnitDoc>('noticeUnits', noticeUnitId(noticeId, unitId), '该学习安排未下发到这个组织')

/** A member's state for a notice, or null before their first action. */
export const loadMemberState = (noticeId: string, memberId: string): Promise<NoticeMemberDoc | null> =>
  findById<NoticeMemberDoc>('noticeMembers', noticeMemberId(noticeId, memberId))
