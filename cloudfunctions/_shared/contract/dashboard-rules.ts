import type { QuotaKey, QuotaSettings } from './dashboard-api'
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

/** Which held meetings count toward which quota (a 集体学习 on a study notice is also a 专题研讨). */
export const QUOTA_MEETING_TYPES: Record<QuotaKey, MeetingType> = {
  collectiveStudy: 'collective_study',
  thematicDiscussion: 'collective_study',
  memberActivity: 'theme_day',
  partyLecture: 'party_lecture',
  specialLifeMeeting: 'special_life_meeting',
  democraticEvaluation: 'democratic_evaluation'
}

/** 003: ≥ 8 collective studies (≥ 1 a month), ≥ 3 thematic discussions (1 a quarter), ≥ 3 member activities, a 党课 around 1 July, 1 special meeting, 1 democratic evaluation; 001: ≥ 12 education days. */
export const DEFAULT_QUOTAS: QuotaSettings = {
  collectiveStudy: { perYear: 8, monthly: true },
  thematicDiscussion: { perYear: 3, quarterly: true },
  memberActivity: { perYear: 3 },
  partyLecture: { perYear: 1, months: [6, 7] },
  specialLifeMeeting: { perYear: 1 },
  democraticEvaluation: { perYear: 1 },
  educationDaysPerMember: 12
}
