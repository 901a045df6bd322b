import type { Moderation } from '../domain/moderation/text-check'
import type { AttendanceStatus, LeaveRequestOf, MakeupOf, MeetingForm, MeetingType, MinutesOf, ThemeDayRule } from '../contract/meetings-api'
import { type UnitPath } from '../domain/org-path'
import type { UnitType } from '../contract/org'

/** The stored shapes of the meetings collections (docs/data-model.md). */
export interface MeetingDoc {
  _id: string
  type: MeetingType
  title: string
  /** Whose members are invited: a 党小组 invites its members, any other unit everyone under it. */
  unitId: string
  unitName: string
  unitType: UnitType
  unitPath: UnitPath
  startAt: Date
  endAt: Date
  place: string
  form: MeetingForm
  agenda: string[]
  materials: string[]
  noticeId: string | null
  hostId: string | null
  hostName: string | null
  checkinOpensMinutesBefore: number
  checkinClosesMinutesAfter: number
  /** Generated from the 主题党日 rule and not edited since: saving the rule again may rewrite it. */
  fromRule: boolean
  minutes: MinutesOf<Date> | null
  /** Content security on the minutes (data/moderation): held minutes reach members, 补学 and exports only once released. */
  minutesModeration?: Moderation
  /** When attendance became final (the rest marked absent). */
  finalizedAt: Date | null
  /** When the host was reminded of leave still waiting for a decision (once per meeting; absent: not yet). */
  leaveRemindedAt?: Date
  createdBy: string
  createdAt: Date
  updatedAt: Date
}

/** `<meeting>:<unit>` for the meeting's unit, every unit above it and (for a 党总支/党委 meeting) every unit under it. */
export interface MeetingUnitDoc {
  _id: string
  meetingId: string
  unitId: string
  unitName: string
  unitType: UnitType
  unitPath: UnitPath
  type: MeetingType
  startAt: Date
  endAt: Date
  invited: number
  present: number
  late: number
  leave: number
  absent: number
  madeUp: number
}

/** Stored with dates where the wire has ISO strings (LeaveView), plus who decided, which the member is not shown. */
export interface LeaveRecord extends LeaveRequestOf<Date> {
  decidedBy: string | null
}

/** Stored with dates where the wire has ISO strings (MakeupView). */
export type MakeupRecord = MakeupOf<Date>

/** `<meeting>:<member>`, created on the member's first event (or the reminder, or the final record). */
export interface MeetingMemberDoc {
  _id: string
  meetingId: string
  memberId: string
  memberName: string
  unitId: string
  unitPath: UnitPath
  groupId: string | null
  status: AttendanceStatus
  checkedInAt: Date | null
  method: 'scan' | 'manual' | null
  manualReason: string | null
  leave: LeaveRecord | null
  makeup: MakeupRecord | null
  /** Content security (data/moderation) on the leave reason, the secretary's leave comment and the 补学 reflection. */
  leaveModeration?: Moderation
  leaveCommentModeration?: Moderation
  makeupModeration?: Moderation
  notifiedAt: Date | null
  /** Copied from the meeting so a member's 补学 list needs no join. */
  startAt: Date
  /** The counting ledger (domain/counting/counts.ts). */
  version?: number
  dirty?: boolean
  countedAs?: Record<string, number>
}

/** `_id` = the branch's unit id. */
export interface MeetingRuleDoc {
  _id: string
  rule: ThemeDayRule
  updatedAt: Date
  updatedBy: string
}
