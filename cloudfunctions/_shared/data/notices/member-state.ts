import { noticeMemberId } from '../../domain/notices/counters'
import type { NoticeMemberDoc } from '../notice-docs'

/** A member's state for a notice before their first action: what is written when they first act (lazily, never at publish). */
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
    lastRemindDay: null,
    version: 0,
    dirty: false,
    countedAs: {}
  }
}
