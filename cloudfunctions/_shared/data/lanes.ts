import type { Counted } from '../domain/counting/counts'
import {
  attendanceContribution,
  attendanceMoves,
  noticeContribution,
  noticeMoves,
  type MeetingLaneContext,
  type NoticeLaneContext
} from '../domain/counting/lanes'
import { memberStatsId, periodKeys } from '../domain/dashboard/periods'
import { noticePeriodAt } from '../domain/notices/calendar'
import type { LaneDefinition } from './counting'
import type { MeetingDoc, MeetingMemberDoc } from './meeting-docs'
import type { NoticeDoc, NoticeMemberDoc } from './notice-docs'
import { findById } from './read'

/** A member's year document, created empty on their first counted event of that year. */
const memberYear = (memberId: string, unitPath: string, at: Date) => {
  const year = periodKeys(at).year
  return [{ collection: 'memberStats', id: memberStatsId(memberId, year), fields: { memberId, unitPath, year, periods: {} } }]
}

/** One lane per meeting: its members' attendance. */
export const meetingLane: LaneDefinition<MeetingMemberDoc, MeetingLaneContext> = {
  kind: 'meeting',
  records: 'meetingMembers',
  laneField: 'meetingId',
  contribution: attendanceContribution,
  moves: attendanceMoves,
  creates: (meeting, record) => memberYear(record.memberId, record.unitPath, meeting.startAt),
  async loadContext(id) {
    const meeting = await findById<MeetingDoc>('meetings', id)
    return meeting ? { _id: meeting._id, unitType: meeting.unitType, startAt: meeting.startAt } : null
  }
}

export const meetingContext = (meeting: MeetingDoc): MeetingLaneContext => ({ _id: meeting._id, unitType: meeting.unitType, startAt: meeting.startAt })

/** One lane per notice: its members' reads and answers. */
export const noticeLane: LaneDefinition<NoticeMemberDoc, NoticeLaneContext> = {
  kind: 'notice',
  records: 'noticeMembers',
  laneField: 'noticeId',
  contribution: noticeContribution,
  moves: noticeMoves,
  creates: (notice, record) => memberYear(record.memberId, record.unitPath, notice.periodAt),
  async loadContext(id) {
    const notice = await findById<NoticeDoc>('notices', id)
    return notice ? noticeContext(notice) : null
  }
}

export const noticeContext = (notice: NoticeDoc): NoticeLaneContext => ({
  _id: notice._id,
  periodAt: noticePeriodAt(notice, notice.publishedAt ?? notice.updatedAt)
})

/** Every lane kind, for the sweep. */
export const LANES = [meetingLane, noticeLane] as unknown as ReadonlyArray<LaneDefinition<Counted, unknown>>
