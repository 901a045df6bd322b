import type { MeetingForm, MeetingType } from './meetings-api'

/**
 * Labels and defaults of meetings, shared by the server and the mini-program.
 * Plain data: no imports beyond types.
 */
export const MEETING_TYPE_LABELS: Record<MeetingType, string> = {
  theme_day: '主题党日',
  general_meeting: '党员大会',
  committee_meeting: '支部委员会',
  group_meeting: '党小组会',
  party_lecture: '党课',
  collective_study: '集体学习',
  special_life_meeting: '专题组织生活会',
  democratic_evaluation: '民主评议党员'
}

export const MEETING_TYPES = Object.keys(MEETING_TYPE_LABELS) as MeetingType[]
export const MEETING_FORMS: MeetingForm[] = ['线下', '线上', '线上线下']

/** Check-in opens 30 minutes before the start and closes at the end, unless the meeting says otherwise. */
export const CHECKIN_OPENS_MINUTES_BEFORE = 30
export const CHECKIN_CLOSES_MINUTES_AFTER = 0
/** A check-in code is good for its 30-second window and the one after it. */
export const CHECKIN_WINDOW_SECONDS = 30
/** A 补学 task is due this many days after it is created. */
export const MAKEUP_DAYS = 14
/** When the day-before reminder goes out, Shanghai time: the meetings function's dailyMeetings trigger (config.json; reminder-time.test.ts ties the two). */
export const MEETING_REMINDER_TIME = '18:00'
/** A reflection is short but not empty. */
export const MAKEUP_MIN_CHARS = 20
export const MAKEUP_MAX_CHARS = 2000

/** Reasons a host marks someone present by hand. */
export const MANUAL_REASONS = ['未带手机', '送学上门', '在流动党员活动地参加', '扫码失败', '其他'] as const
export type ManualReason = (typeof MANUAL_REASONS)[number]
/** The reason that needs a few words of its own. */
export const OTHER_REASON: ManualReason = '其他'
export const REASON_TEXT_MIN = 2
export const REASON_TEXT_MAX = 40

export const ATTENDANCE_LABELS = {
  pending: '未签到',
  present: '出席',
  late: '迟到',
  leave_requested: '请假待批',
  leave: '请假',
  absent: '缺席'
} as const

export const WEEKDAY_LABELS = ['', '周一', '周二', '周三', '周四', '周五', '周六', '周日'] as const
export const NTH_LABELS: Record<string, string> = { '1': '第一个', '2': '第二个', '3': '第三个', '4': '第四个', '-1': '最后一个' }

/** The member-facing check-in page; the QR code encodes it with `?t=<token>`. */
export const CHECKIN_PAGE = 'packages/meetings/pages/checkin/index'
export const MEETING_DETAIL_PAGE = 'packages/meetings/pages/detail/index'
