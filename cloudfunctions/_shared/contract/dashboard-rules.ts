import type { ParticipationRow, QuotaKey, QuotaSettings } from './dashboard-api'
import type { MeetingType } from './meetings-api'

/**
 * The yearly requirements and their labels, shared by the server and the
 * mini-program. Plain data: no imports beyond types.
 */
export const QUOTA_LABELS: Record<QuotaKey, string> = {
  collectiveStudy: '集体学习',
  thematicDiscussion: '专题研讨',
  memberActivity: '党员活动（主题党日）',
  partyLecture: '七一前后党课',
  specialLifeMeeting: '专题组织生活会',
  democraticEvaluation: '民主评议党员'
}

/** Why each requirement is there (documents 003 and 001), shown beside its number wherever it is set. */
export const QUOTA_HINTS: Record<QuotaKey, string> = {
  collectiveStudy: '每年不少于 8 次',
  thematicDiscussion: '每年不少于 3 次',
  memberActivity: '主题党日等党员活动，每年不少于 3 次',
  partyLecture: '“七一”前后讲党课',
  specialLifeMeeting: '每年 1 次',
  democraticEvaluation: '每年 1 次'
}

/** Which held meetings count toward which quota (a 集体学习 on a study notice is also a 专题研讨). */
export const QUOTA_MEETING_TYPES: Record<QuotaKey, MeetingType> = {
  collectiveStudy: 'collective_study',
  thematicDiscussion: 'collective_study',
  memberActivity: 'theme_day',
  partyLecture: 'party_lecture',
  specialLifeMeeting: 'special_life_meeting',
  democraticEvaluation: 'democratic_evaluation'
}

/**
 * 003: ≥ 8 collective studies (≥ 1 a month), ≥ 3 thematic discussions (1 a quarter), ≥ 3 member activities,
 * a 党课 around 1 July, 1 special meeting, 1 democratic evaluation; 001: ≥ 12 education days.
 */
export const DEFAULT_QUOTAS: QuotaSettings = {
  collectiveStudy: { perYear: 8, monthly: true },
  thematicDiscussion: { perYear: 3, quarterly: true },
  memberActivity: { perYear: 3 },
  partyLecture: { perYear: 1, months: [6, 7] },
  specialLifeMeeting: { perYear: 1 },
  democraticEvaluation: { perYear: 1 },
  educationDaysPerMember: 12,
  countFrom: null
}

/**
 * The yearly target in force for each requirement, and why: the 按月开展
 * switch asks for a study every month, so it raises a lower yearly number
 * to 12. The screen, the export and the settings form all say it this way.
 */
export function quotaTargets(settings: QuotaSettings): Record<QuotaKey, { target: number; reason: string }> {
  const study = settings.collectiveStudy
  const discussion = settings.thematicDiscussion
  const lecture = settings.partyLecture
  const yearly = (n: number): { target: number; reason: string } => ({ target: n, reason: `全年 ${n} 次` })
  return {
    collectiveStudy: study.monthly
      ? study.perYear < 12
        ? { target: 12, reason: `每月 1 次 × 12 = 12（按月开展已开启，高于设置的全年 ${study.perYear} 次）` }
        : { target: study.perYear, reason: `全年 ${study.perYear} 次（按月开展已开启：每月至少 1 次）` }
      : { target: study.perYear, reason: `全年 ${study.perYear} 次（按月开展未开启）` },
    thematicDiscussion: discussion.quarterly
      ? { target: discussion.perYear, reason: `全年 ${discussion.perYear} 次（按季度开展：每季度 1 次）` }
      : yearly(discussion.perYear),
    memberActivity: yearly(settings.memberActivity.perYear),
    partyLecture: { target: lecture.perYear, reason: `${lecture.months.map((m) => `${m}月`).join('、')}共 ${lecture.perYear} 次（七一前后）` },
    specialLifeMeeting: yearly(settings.specialLifeMeeting.perYear),
    democraticEvaluation: yearly(settings.democraticEvaluation.perYear)
  }
}

/** A percentage with one decimal, as the screen and the export show it; null when there is nothing to divide by. */
export function percent(part: number, whole: number): number | null {
  return whole > 0 ? Math.round((part * 1000) / whole) / 10 : null
}

/** Attendance counts those who came and those who made up the study afterwards. */
export const attendedOf = (row: { present: number; late: number; madeUp: number }): number => row.present + row.late + row.madeUp

/** The columns every participation table shows, in order, with how each value is read off a row. */
export const PARTICIPATION_COLUMNS: Array<{ key: string; label: string; value: (row: ParticipationRow) => number | null }> = [
  { key: 'notices', label: '学习安排（期）', value: (r) => r.notices },
  { key: 'noticeAssigned', label: '应学（人次）', value: (r) => r.noticeAssigned },
  { key: 'readRate', label: '已学习材料率 %', value: (r) => percent(r.noticeRead, r.noticeAssigned) },
  { key: 'answeredRate', label: '已提交讨论率 %', value: (r) => percent(r.noticeAnswered, r.noticeAssigned) },
  { key: 'meetingsHeld', label: '会议（次）', value: (r) => r.meetingsHeld },
  { key: 'meetingInvited', label: '应到（人次）', value: (r) => r.meetingInvited },
  { key: 'attendanceRate', label: '出席率 %', value: (r) => percent(attendedOf(r), r.meetingInvited) },
  { key: 'leave', label: '请假', value: (r) => r.leave },
  { key: 'absent', label: '缺席', value: (r) => r.absent },
  { key: 'makeupRate', label: '补学完成率 %', value: (r) => percent(r.madeUp, r.leave + r.absent) },
  { key: 'scheduleChanges', label: '调整时间（支部）', value: (r) => r.scheduleChanges },
  { key: 'upcomingMeetings', label: '即将召开（次）', value: (r) => r.upcoming.meetings },
  { key: 'upcomingLeave', label: '即将召开·已请假（人次）', value: (r) => r.upcoming.leave }
]

/** Said wherever period figures are shown: what counts and what does not. */
export const HELD_ONLY_NOTE = '会议只计已召开并确认考勤的；即将召开（含进行中）的会议及其请假、签到另列，不计入出席率。'
