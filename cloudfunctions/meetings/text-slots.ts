import type { MeetingDoc, MeetingMemberDoc } from '../_shared/data/meeting-docs'
import { findById } from '../_shared/data/read'
import type { TextSlot } from '../_shared/data/moderation/moderate'
import type { MemberDoc } from '../_shared/data/org-docs'
import { meetingMemberId } from '../_shared/domain/meetings/attendance'
import { SCENE, type Scene } from '../_shared/domain/moderation/text-check'

/**
 * Where each human text of a meeting is stored, for content security
 * (data/moderation): who wrote it (WeChat checks as them) and who decides
 * when it is held — whoever runs meetings over the unit (meetings.run),
 * never the writer, so a secretary's own minutes or comment go to the
 * officers above (or the branch's 组织委员).
 */
function slot(
  kind: TextSlot['kind'],
  collection: string,
  docId: string,
  field: string,
  scene: Scene,
  author: MemberDoc,
  unitPath: string,
  context: string,
  label: string
): TextSlot {
  return {
    kind,
    collection,
    docId,
    field,
    scene,
    author: { id: author._id, openid: author.openid ?? '', name: author.name },
    audience: { kind: 'unit', capability: 'meetings.run', unitPath },
    context,
    label
  }
}

export const minutesSlot = (meeting: MeetingDoc, author: MemberDoc): TextSlot =>
  slot('minutes', 'meetings', meeting._id, 'minutesModeration', SCENE.forum, author, meeting.unitPath, meeting.title, '会议记录')

const attendanceSlot = (kind: TextSlot['kind'], field: string, scene: Scene, label: string) => (meeting: MeetingDoc, member: MemberDoc, author: MemberDoc) =>
  slot(kind, 'meetingMembers', meetingMemberId(meeting._id, member._id), field, scene, author, member.unitPath, `${meeting.title} · ${member.name}`, label)

export const leaveReasonSlot = attendanceSlot('leave_reason', 'leaveModeration', SCENE.comment, '请假事由')
export const leaveCommentSlot = attendanceSlot('leave_comment', 'leaveCommentModeration', SCENE.comment, '审批意见')
export const reflectionSlot = attendanceSlot('makeup_reflection', 'makeupModeration', SCENE.log, '心得体会')

/** The member's attendance record as stored now (null before their first action): the text versions already checked. */
export function storedAttendance(meeting: MeetingDoc, member: MemberDoc): Promise<MeetingMemberDoc | null> {
  return findById<MeetingMemberDoc>('meetingMembers', meetingMemberId(meeting._id, member._id))
}
