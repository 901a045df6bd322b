import { countLane } from '../counting'
import { meetingContext, meetingLane } from '../lanes'
import type { MeetingDoc, MeetingMemberDoc, MeetingUnitDoc } from '../meeting-docs'
import type { MemberDoc } from '../org-docs'
import { readAll } from '../query'
import { attendanceOfMeeting } from './attendance-records'
import { invitees } from './invitees'
import { loadMeetingUnit } from './meeting-counters'

/**
 * The meetings a unit held for one notice (a 集体学习 linked by `noticeId`):
 * one query on (noticeId, unitId), served by the meetings' `notice_unit`
 * index, so its cost is this notice's meetings of this unit, not the unit's
 * history (a branch holds one, rarely a few).
 */
export const meetingsLinkedToNotice = (noticeId: string, unitId: string): Promise<MeetingDoc[]> => readAll<MeetingDoc>('meetings', { noticeId, unitId })

export interface LinkedMeetingRecord {
  meeting: MeetingDoc
  invitees: MemberDoc[]
  states: MeetingMemberDoc[]
  counters: MeetingUnitDoc
}

/** What a meeting's record is made of, read as the meeting's own record reads it (counters caught up first). */
export async function linkedMeetingRecord(meeting: MeetingDoc): Promise<LinkedMeetingRecord> {
  await countLane(meetingLane, meeting._id, meetingContext(meeting))
  const [members, states, counters] = await Promise.all([invitees(meeting), attendanceOfMeeting(meeting._id), loadMeetingUnit(meeting._id, meeting.unitId)])
  return { meeting, invitees: members, states, counters }
}
