import type { ManualReason } from './meetings-rules'
/**
 * The `meetings` function: 主题党日 and 三会一课 from the plan to the record.
 * Types only (the mini-program imports them with `import type`); labels and
 * defaults shared with the UI live in meetings-rules.ts. Records what happened
 * (checked in, on leave, made up), never time on page; no personal rankings.
 */
export const MEETINGS_FUNCTION = 'meetings'

/** A short-code scene for a check-in window (`c` + 24 base64url characters), as the check-in page recognises it. */
export const CHECKIN_SCENE_PATTERN = /^c[A-Za-z0-9_-]{24}$/

export type MeetingType =
  | 'theme_day'
  | 'general_meeting'
  | 'committee_meeting'
  | 'group_meeting'
  | 'party_lecture'
  | 'collective_study'
  | 'special_life_meeting'
  | 'democratic_evaluation'

export type MeetingForm = '线下' | '线上' | '线上线下'

/**
 * pending: invited, nothing recorded yet; leave_requested: waiting for the
 * secretary; absent: set when the record is completed after the meeting.
 */
export type AttendanceStatus = 'pending' | 'present' | 'late' | 'leave_requested' | 'leave' | 'absent'

/** Where the check-in window stands at a moment (Asia/Shanghai rules, server clock). */
export type CheckinPhase = 'not_open' | 'on_time' | 'late' | 'closed'

/** "每月第二个周五 15:00": nth 1–4 or -1 (the last), weekday 1 (周一) – 7 (周日). */
export interface ThemeDayRule {
  nth: 1 | 2 | 3 | 4 | -1
  weekday: 1 | 2 | 3 | 4 | 5 | 6 | 7
  /** Local start time, HH:mm. */
  time: string
  durationMinutes: number
  place: string
  form: MeetingForm
}

/** What a secretary fills in (or the rule generates). Times are ISO instants. */
export interface MeetingInput {
  type: MeetingType
  title: string
  startAt: string
  endAt: string
  place: string
  form: MeetingForm
  agenda: string[]
  /** Default: the caller. Must belong to the meeting's unit. */
  hostId?: string | null
  /** For 集体学习: the study notice it covers (its materials are the 补学 materials). */
  noticeId?: string | null
  /** Titles (or links) of what is studied; the 补学 task shows them. */
  materials: string[]
  /** Check-in opens this long before the start (default 30). */
  checkinOpensMinutesBefore?: number
  /** …and closes this long after the end (default 0). */
  checkinClosesMinutesAfter?: number
}

export interface MeetingCounters {
  invited: number
  present: number
  late: number
  leave: number
  absent: number
  madeUp: number
}

export interface MeetingSummary {
  id: string
  type: MeetingType
  title: string
  /** The unit whose members are invited: a 党支部 (its members), a 党小组, or a 党总支/党委 (everyone under it). */
  unitId: string
  unitName: string
  startAt: string
  endAt: string
  place: string
  form: MeetingForm
  /** Generated from the branch's 主题党日 rule and not edited since. */
  fromRule: boolean
  /** Minutes completed and attendance final. */
  recorded: boolean
  /** For secretaries and above: the unit's counters. */
  counters?: MeetingCounters
  /** For members: their own state. */
  mine?: MyAttendance
  /** Manage view: leave requests waiting for the secretary's decision. */
  pendingLeave?: number
}

/** What a 补学 task asks to study: the meeting's materials, else its minutes, else its agenda; `hint` says it in one sentence. */
export interface MakeupStudy {
  materials: string[]
  minutes: string | null
  resolutions: string[]
  agenda: string[]
  hint: string
}

/** A leave request waiting for a decision, as the 工作台 lists it. */
export interface PendingLeave {
  meetingId: string
  meetingTitle: string
  meetingType: MeetingType
  unitName: string
  startAt: string
  memberId: string
  name: string
  reason: string
  requestedAt: string
}

/**
 * The shapes the meetings function both stores and shows, written once:
 * `Instant` is Date in the database (_shared/data/meeting-docs.ts) and an ISO
 * string on the wire, which is the only difference between the two.
 */
export interface LeaveRequestOf<Instant> {
  reason: string
  requestedAt: Instant
  decision: 'pending' | 'approved' | 'refused'
  comment: string | null
  decidedAt: Instant | null
}

export interface MakeupOf<Instant> {
  /** The task opens once the meeting has ended (absent on tasks from before this rule: open from their creation). */
  opensAt?: Instant
  dueAt: Instant
  reflection: string | null
  completedAt: Instant | null
}

export interface MinutesOf<Instant> {
  content: string
  resolutions: string[]
  completedAt: Instant
}

export type LeaveView = LeaveRequestOf<string>
export type MakeupView = MakeupOf<string>

/** Content security on the record's texts: 审核中 / 未通过审核，请修改, null when clear (shown to the writer and the deciding officers). */
export interface AttendanceModeration {
  leave: string | null
  leaveComment: string | null
  makeup: string | null
}

export interface MyAttendance {
  status: AttendanceStatus
  checkedInAt: string | null
  leave: LeaveView | null
  makeup: MakeupView | null
  moderation?: AttendanceModeration
}

export interface MeetingDetail extends MeetingSummary {
  agenda: string[]
  materials: string[]
  noticeId: string | null
  host: { id: string; name: string } | null
  checkinOpensAt: string
  checkinClosesAt: string
  minutes: MinutesOf<string> | null
  /** For whoever may run the meeting: 审核中 when content security holds the minutes (members do not see them until released). */
  minutesModeration?: string | null
  /** By the server's clock when read: the minutes may be written from the start; 补学 opens at the end. */
  started: boolean
  ended: boolean
  /** For a member with a 补学 task: what to study (the same rule as makeup.list). */
  study: MakeupStudy | null
  /** The caller may run this meeting (code, attendance, leave, record). */
  canRun: boolean
  /** Share path for the group (the detail page). */
  sharePath: string
}

export interface AttendeeView {
  memberId: string
  name: string
  status: AttendanceStatus
  checkedInAt: string | null
  /** scan, or by hand with a reason (未带手机, 送学上门, 在流动党员活动地参加…). */
  method: 'scan' | 'manual' | null
  manualReason: string | null
  leave: LeaveView | null
  makeup: MakeupView | null
  moderation?: AttendanceModeration
}

export interface CheckinCode {
  /** Signed, bound to the meeting and a 30-second window; the previous window's code stays valid. */
  token: string
  /** What the QR code encodes: the check-in page with the token. */
  path: string
  /** When to fetch the next code (ISO). */
  rotatesAt: string
  /**
   * The 小程序码 for this window: `scene` (≤ 32 characters, resolved by
   * `checkin.resolve` to this token while it is valid) and the platform's PNG
   * as base64. Null while check-in is not open, or when the platform refused or
   * failed; the screen then shows the plain QR of `path`.
   */
  wxaCode: { scene: string; png: string } | null
  phase: CheckinPhase
  opensAt: string
  closesAt: string
}

export interface MeetingsActions {
  'rule.get': { payload: { unitId: string }; result: { rule: ThemeDayRule | null } }
  /** Saves the branch's rule and (re)generates this year's remaining 主题党日; edited or started meetings are kept. */
  'rule.set': { payload: { unitId: string; rule: ThemeDayRule }; result: { rule: ThemeDayRule; generated: MeetingSummary[]; kept: number } }
  'meetings.create': { payload: { unitId: string; meeting: MeetingInput }; result: MeetingSummary }
  'meetings.update': { payload: { id: string; meeting: MeetingInput }; result: MeetingSummary }
  /** Members: meetings they are invited to. Manage: a unit's meetings with counters. Upcoming first unless `past`; only one `type` when given. */
  'meetings.list': {
    payload: { view: 'member' | 'manage'; unitId?: string; past?: boolean; type?: MeetingType; page?: number; pageSize?: number }
    result: { items: MeetingSummary[]; total: number }
  }
  'meetings.get': { payload: { id: string }; result: MeetingDetail }
  'checkin.code': { payload: { id: string }; result: CheckinCode }
  /** A member who opened a check-in 小程序码: the token its scene stands for, only while valid and only for an invitee. */
  'checkin.resolve': { payload: { scene: string }; result: { token: string } }
  'checkin.scan': {
    payload: { token: string }
    result: { meetingId: string; title: string; status: 'present' | 'late'; checkedInAt: string; already: boolean }
  }
  'attendance.list': { payload: { id: string }; result: { counters: MeetingCounters; members: AttendeeView[] } }
  /** By hand, with a reason; `clear` undoes a mark. */
  /** `reasonText`: a few words, required when the reason is 其他. */
  'attendance.mark': {
    payload: { id: string; memberId: string; status: 'present' | 'late' | 'clear'; reason?: ManualReason; reasonText?: string }
    result: AttendeeView
  }
  'leave.request': { payload: { id: string; reason: string }; result: MyAttendance }
  'leave.decide': { payload: { id: string; memberId: string; decision: 'approved' | 'refused'; comment?: string }; result: AttendeeView }
  /** The caller's open (the meeting has ended) and done 补学 tasks, soonest due first, each with what to study. */
  'makeup.list': { payload: { done?: boolean }; result: { items: Array<{ meeting: MeetingSummary; makeup: MakeupView; study: MakeupStudy }> } }
  /** Before the task opens (the meeting has not ended): MAKEUP_NOT_OPEN. */
  'makeup.submit': { payload: { id: string; reflection: string }; result: MakeupView }
  /** After the start; once the meeting has ended it also makes attendance final (the rest become absent, with a 补学 task). */
  'minutes.save': { payload: { id: string; content: string; resolutions: string[] }; result: { recorded: boolean; counters: MeetingCounters } }
  'meetings.export': { payload: { id: string }; result: { fileName: string; base64: string } }
  /** The 工作台: leave requests waiting for the caller's decision, in every meeting they may run, soonest meeting first. */
  'pending.list': { payload: Record<string, never>; result: { leave: PendingLeave[]; total: number } }
  /**
   * A member's full phone number, to call them: only for whoever runs the meeting, only for a member with a leave
   * request, an absence or a 送学上门 mark there; each reveal is audited. Every other view shows phones masked.
   */
  'contact.phone': { payload: { id: string; memberId: string }; result: { name: string; phone: string; reason: string } }
}

export type MeetingsAction = keyof MeetingsActions
