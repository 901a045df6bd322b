import type { AttendeeView, LeaveView, MakeupView, MeetingCounters, MeetingSummary, MyAttendance } from '../_shared/contract/meetings-api'
import type { LeaveRecord, MakeupRecord, MeetingDoc, MeetingMemberDoc, MeetingUnitDoc } from '../_shared/data/meeting-docs'
import type { MemberDoc } from '../_shared/data/org-docs'
import { findById, getById } from '../_shared/data/read'
import { meetingMemberId, meetingUnitId } from '../_shared/domain/meetings/attendance'

/** Reads of the meetings collections, each one database call, and the views built from them. */
export const loadMeeting = (id: string): Promise<MeetingDoc> => getById<MeetingDoc>('meetings', id, '会议不存在')

export const loadMeetingUnit = (meetingId: string, unitId: string): Promise<MeetingUnitDoc> =>
  getById<MeetingUnitDoc>('meetingUnits', meetingUnitId(meetingId, unitId), '该会议没有这个组织的统计')

export const loadAttendance = (meetingId: string, memberId: string): Promise<MeetingMemberDoc | null> =>
  findById<MeetingMemberDoc>('meetingMembers', meetingMemberId(meetingId, memberId))

export function emptyAttendance(meeting: MeetingDoc, member: MemberDoc): MeetingMemberDoc {
  return {
    _id: meetingMemberId(meeting._id, member._id),
    meetingId: meeting._id,
    memberId: member._id,
    memberName: member.name,
    unitId: member.unitId,
    unitPath: member.unitPath,
    groupId: member.groupId,
    status: 'pending',
    checkedInAt: null,
    method: null,
    manualReason: null,
    leave: null,
    makeup: null,
    notifiedAt: null,
    startAt: meeting.startAt,
    version: 0,
    dirty: false,
    countedAs: {}
  }
}

/** Whether the meeting invites this member: a 党小组's members, or everyone under the unit (at home, for a 流动党员). */
export function invites(meeting: MeetingDoc, member: MemberDoc): boolean {
  if (member.status !== 'active') return false
  return meeting.unitType === 'group' ? member.groupId === meeting.unitId : member.unitPath.startsWith(meeting.unitPath)
}

/** Where invitees are found: one query shape for lists, reminders and the final record. */
export function inviteeQuery(meeting: Pick<MeetingDoc, 'unitType' | 'unitId' | 'unitPath'>, matchPath: (path: string) => unknown): Record<string, unknown> {
  return meeting.unitType === 'group' ? { groupId: meeting.unitId, status: 'active' } : { unitPath: matchPath(meeting.unitPath), status: 'active' }
}

const iso = (at: Date | null | undefined): string | null => (at ? at.toISOString() : null)

export const leaveView = (leave: LeaveRecord | null): LeaveView | null =>
  leave ? { reason: leave.reason, requestedAt: leave.requestedAt.toISOString(), decision: leave.decision, comment: leave.comment, decidedAt: iso(leave.decidedAt) } : null

export const makeupView = (makeup: MakeupRecord | null): MakeupView | null =>
  makeup ? { dueAt: makeup.dueAt.toISOString(), reflection: makeup.reflection, completedAt: iso(makeup.completedAt) } : null

export function myAttendance(state: MeetingMemberDoc | null): MyAttendance {
  return { status: state?.status ?? 'pending', checkedInAt: iso(state?.checkedInAt), leave: leaveView(state?.leave ?? null), makeup: makeupView(state?.makeup ?? null) }
}

export function attendeeView(member: { _id: string; name: string }, state: MeetingMemberDoc | null): AttendeeView {
  return { memberId: member._id, name: member.name, ...myAttendance(state), method: state?.method ?? null, manualReason: state?.manualReason ?? null }
}

export const countersOf = (doc: MeetingUnitDoc): MeetingCounters => ({ invited: doc.invited, present: doc.present, late: doc.late, leave: doc.leave, absent: doc.absent, madeUp: doc.madeUp })

export function summary(meeting: MeetingDoc): MeetingSummary {
  return {
    id: meeting._id,
    type: meeting.type,
    title: meeting.title,
    unitId: meeting.unitId,
    unitName: meeting.unitName,
    startAt: meeting.startAt.toISOString(),
    endAt: meeting.endAt.toISOString(),
    place: meeting.place,
    form: meeting.form,
    fromRule: meeting.fromRule,
    recorded: meeting.finalizedAt !== null && meeting.minutes !== null
  }
}
