import { meetingMemberId } from '../../domain/meetings/attendance'
import { database } from '../client'
import type { MeetingDoc, MeetingMemberDoc } from '../meeting-docs'
import type { MemberDoc } from '../org-docs'
import { readAll } from '../query'
import { findById } from '../read'

/** A member's attendance record before anything happened: what a first write starts from. */
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

/** One member's record of one meeting, or null before their first event. */
export const loadAttendance = (meetingId: string, memberId: string): Promise<MeetingMemberDoc | null> =>
  findById<MeetingMemberDoc>('meetingMembers', meetingMemberId(meetingId, memberId))

/** Every record of a meeting (paged reads). */
export function attendanceOfMeeting(meetingId: string): Promise<MeetingMemberDoc[]> {
  return readAll<MeetingMemberDoc>('meetingMembers', { meetingId })
}

/** Which members of the meeting already have a record. */
export async function membersWithRecord(meetingId: string): Promise<Set<string>> {
  return new Set((await readAll<{ memberId: string }>('meetingMembers', { meetingId }, { memberId: true })).map((s) => s.memberId))
}

/** A member's records of a page of meetings, by meeting id: one query. */
export async function memberAttendanceOf(meetingIds: readonly string[], memberId: string): Promise<Map<string, MeetingMemberDoc>> {
  const db = database()
  const { data } = await db
    .collection('meetingMembers')
    .where({ _id: db.command.in(meetingIds.map((id) => meetingMemberId(id, memberId))) })
    .limit(meetingIds.length)
    .get()
  return new Map((data as MeetingMemberDoc[]).map((s) => [s.meetingId, s]))
}

/** A meeting moved: the records already made keep its time for the members' lists. */
export async function retimeAttendance(meetingId: string, startAt: Date): Promise<void> {
  await database().collection('meetingMembers').where({ meetingId }).update({ startAt })
}
