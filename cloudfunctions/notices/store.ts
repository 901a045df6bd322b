import { database } from '../_shared/data/client'
import type { NoticeDoc, NoticeMemberDoc, NoticeUnitDoc } from '../_shared/data/notice-docs'
import { noticeMemberId, noticeUnitId } from '../_shared/domain/notices/counters'
import { AppErrorCode, AppFailure } from '../_shared/runtime/errors'

/** Reads of the notices collections, each one database call. */
export async function loadNotice(id: string): Promise<NoticeDoc> {
  const { data } = await database().collection('notices').doc(id).get()
  const notice = (data as NoticeDoc[])[0]
  if (!notice) throw new AppFailure(AppErrorCode.NOT_FOUND, '学习安排不存在')
  return notice
}

export async function loadPublished(id: string): Promise<NoticeDoc> {
  const notice = await loadNotice(id)
  if (notice.status !== 'published') throw new AppFailure(AppErrorCode.NOT_FOUND, '学习安排尚未发布')
  return notice
}

/** The (notice, unit) document; its absence means the notice was not sent to that unit. */
export async function loadNoticeUnit(noticeId: string, unitId: string): Promise<NoticeUnitDoc> {
  const { data } = await database().collection('noticeUnits').doc(noticeUnitId(noticeId, unitId)).get()
  const doc = (data as NoticeUnitDoc[])[0]
  if (!doc) throw new AppFailure(AppErrorCode.NOT_FOUND, '该学习安排未下发到这个组织')
  return doc
}

export async function loadMemberState(noticeId: string, memberId: string): Promise<NoticeMemberDoc | null> {
  const { data } = await database().collection('noticeMembers').doc(noticeMemberId(noticeId, memberId)).get()
  return (data as NoticeMemberDoc[])[0] ?? null
}

export function emptyMemberState(noticeId: string, member: { _id: string; name: string; unitId: string; unitPath: string }): NoticeMemberDoc {
  return {
    _id: noticeMemberId(noticeId, member._id),
    noticeId,
    memberId: member._id,
    memberName: member.name,
    unitId: member.unitId,
    unitPath: member.unitPath,
    readMaterials: [],
    readAt: null,
    answers: null,
    submittedAt: null,
    review: null,
    notifiedAt: null,
    lastRemindDay: null
  }
}
