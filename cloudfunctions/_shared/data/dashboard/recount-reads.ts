import type { MeetingMemberDoc, MeetingUnitDoc } from '../meeting-docs'
import type { NoticeMemberDoc, NoticeUnitDoc } from '../notice-docs'
import { onOrAfter, prefix, readAll } from '../query'

/** What the nightly recount compares: a branch's recent counters and the raw records under it (paged reads). */

export const recentNoticeCounters = (unitId: string, since: Date): Promise<NoticeUnitDoc[]> =>
  readAll<NoticeUnitDoc>('noticeUnits', { unitId, publishedAt: onOrAfter(since) })

export const noticeStatesUnder = (noticeId: string, path: string): Promise<NoticeMemberDoc[]> =>
  readAll<NoticeMemberDoc>('noticeMembers', { noticeId, unitPath: prefix(path) }, { readAt: true, submittedAt: true })

export const recentMeetingCounters = (unitId: string, since: Date): Promise<MeetingUnitDoc[]> =>
  readAll<MeetingUnitDoc>('meetingUnits', { unitId, startAt: onOrAfter(since) })

export const attendanceUnder = (meetingId: string, path: string): Promise<MeetingMemberDoc[]> =>
  readAll<MeetingMemberDoc>('meetingMembers', { meetingId, unitPath: prefix(path) }, { status: true, makeup: true })
