import type { UnitType } from './org'

/**
 * The `dashboard` function: participation at a glance for the 组织部,
 * 党总支 and 支部 secretaries, read from counters kept when things happen
 * (never by scanning answers or check-ins). Types only. Units are compared by
 * completion rates; members are listed alphabetically, never ranked, and
 * nothing measures time spent.
 */
export const DASHBOARD_FUNCTION = 'dashboard'
/** The mini-program page the dashboard's reminders open, with `?unitId=` (src/routes.test.ts checks it is declared). */
export const DASHBOARD_PAGE = 'packages/dashboard/pages/index/index'

export type PeriodKind = 'week' | 'month' | 'quarter' | 'year'

/** A period by a day inside it (YYYY-MM-DD, Asia/Shanghai), or one study notice. */
export type DashboardScope = { period: PeriodKind; day: string } | { noticeId: string }

/** The numbers of one unit for the scope: counts, from which the UI shows percentages. */
export interface ParticipationRow {
  unitId: string
  unitName: string
  unitType: UnitType
  /** Has units under it to drill into (党委, 党总支, 党支部 → members). */
  drillable: boolean
  notices: number
  /** Member-notices assigned (members × notices), read, answered. */
  noticeAssigned: number
  noticeRead: number
  noticeAnswered: number
  /** Meetings held (attendance final) and member-meetings invited to them. */
  meetingsHeld: number
  meetingInvited: number
  present: number
  late: number
  leave: number
  absent: number
  madeUp: number
  /** Branches that moved a study time. */
  scheduleChanges: number
  /**
   * Meetings of the period not yet held (attendance not final): shown apart,
   * never in the figures above nor in any rate.
   */
  upcoming: UpcomingFigures
}

/** What is known of meetings not yet held: how many (of which already begun), leave approved and check-ins so far. */
export interface UpcomingFigures {
  meetings: number
  /** Begun or over but attendance not final yet (进行中或待确认考勤). */
  started: number
  invited: number
  leave: number
  checkedIn: number
}

export interface DashboardView {
  scopeLabel: string
  /** The unit itself, then its child units. */
  unit: ParticipationRow
  children: ParticipationRow[]
}

export interface MemberRow {
  memberId: string
  name: string
  noticeRead: number
  noticeAnswered: number
  present: number
  late: number
  leave: number
  absent: number
  madeUp: number
  /** Leave approved for meetings of the period not yet held (not in 请假 above). */
  upcomingLeave: number
}

export interface TrendPoint {
  /** YYYY-MM */
  month: string
  noticeAssigned: number
  noticeRead: number
  noticeAnswered: number
  meetingInvited: number
  attended: number
}

export type QuotaKey = 'collectiveStudy' | 'thematicDiscussion' | 'memberActivity' | 'partyLecture' | 'specialLifeMeeting' | 'democraticEvaluation'

/** A committee's yearly requirements per branch (defaults from 003 and 001). */
export interface QuotaSettings {
  collectiveStudy: { perYear: number; monthly: boolean }
  thematicDiscussion: { perYear: number; quarterly: boolean }
  memberActivity: { perYear: number }
  partyLecture: { perYear: number; months: number[] }
  specialLifeMeeting: { perYear: number }
  democraticEvaluation: { perYear: number }
  /** Collective education days per member per year (≥ 12 in 机关/国企/事业单位, ≥ 6 elsewhere). */
  educationDaysPerMember: number
  /**
   * YYYY-MM-DD: quotas count from this day (for a branch created later, from
   * its creation). Absent or null: each branch from the day it was created.
   */
  countFrom?: string | null
}

export interface QuotaProgress {
  key: QuotaKey
  label: string
  done: number
  /** What the calendar asks for by now, and for the whole year. */
  expectedByNow: number
  target: number
  /** Why the target is what it is, e.g. "每月 1 次 × 12 = 12（按月开展已开启）". */
  targetReason: string
  behind: boolean
  /** E.g. "3月、5月没有集体学习". */
  detail: string | null
}

export interface BranchQuotas {
  unitId: string
  unitName: string
  year: number
  /** YYYY-MM-DD the branch's quotas count from (null: not using the product yet, nothing asked), and why. */
  countFrom: string | null
  countFromReason: string
  items: QuotaProgress[]
  behind: QuotaKey[]
}

export interface DashboardActions {
  /** A unit (default: the caller's widest scope) and its child units for the scope. */
  'dashboard.view': { payload: { unitId?: string; scope: DashboardScope }; result: DashboardView }
  /** A branch's members, alphabetically: only for that branch's secretary and above. */
  'dashboard.members': {
    payload: { unitId: string; scope: DashboardScope }
    result: { unitName: string; notices: number; meetingsHeld: number; upcomingMeetings: number; members: MemberRow[] }
  }
  /** Month by month over a year, for one unit. */
  'dashboard.trend': { payload: { unitId: string; year: number }; result: { points: TrendPoint[] } }
  /** A branch's quotas, or every branch under a 党总支 / 党委 (those behind first). */
  'dashboard.quotas': { payload: { unitId: string; year: number }; result: { settings: QuotaSettings; branches: BranchQuotas[] } }
  /** Branches under the unit that moved the notice's study time, with form and place. */
  'dashboard.changes': {
    payload: { unitId: string; noticeId: string }
    result: { items: Array<{ unitId: string; unitName: string; startAt: string; form: string; place: string }> }
  }
  /** The same numbers as the screen, as .xlsx. */
  'dashboard.export': {
    payload: { unitId: string; scope: DashboardScope; view: 'units' | 'members' | 'quotas' | 'trend' }
    result: { fileName: string; base64: string }
  }
  'quotas.get': { payload: Record<string, never>; result: QuotaSettings }
  /** The 组织部 sets its committee's requirements. */
  'quotas.set': { payload: { settings: QuotaSettings }; result: QuotaSettings }
}

export type DashboardAction = keyof DashboardActions
