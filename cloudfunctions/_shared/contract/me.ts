import type { AttendanceStatus, LeaveView, MakeupView, MeetingType } from './meetings-api'
import type { Capability, RoleGrant, UnitType } from './org'

/** The `me` function: who the caller is, as the platform says. */
export const ME_FUNCTION = 'me'

export interface MeActions {
  whoami: { payload: Record<string, never>; result: WhoamiResult }
  /** The caller's own records (leave, 补学, check-ins), latest meeting first. Never anyone else's: there is no member id to give. */
  history: { payload: HistoryPayload; result: HistoryPage }
  /** 我的数据: everything stored about the caller, as tables (the 隐私政策 names each). Whose: the OPENID only. */
  data: { payload: Record<string, never>; result: MyData }
  /** The same tables as an .xlsx file (base64), one sheet per table. */
  export: { payload: Record<string, never>; result: { fileName: string; base64: string } }
}

export type MeAction = keyof MeActions

/** One unit the caller can work on in 工作台, and what they may do there. */
export interface WorkbenchScope {
  unitId: string
  unitName: string
  unitType: UnitType
  capabilities: Capability[]
}

export interface WhoamiMember {
  id: string
  name: string
  unitId: string
  unitName: string
  groupName: string | null
  roleLabels: string[]
  roles: RoleGrant[]
  /** Empty for a member without a role: 工作台 then shows nothing to manage. */
  workbench: WorkbenchScope[]
}

export interface WhoamiResult {
  member: WhoamiMember | null
}

/** Which of my records: every meeting I have a record of, or only those with a leave request, a 补学 task or a check-in. */
export type HistoryKind = 'all' | 'leave' | 'makeup' | 'checkin'
export const HISTORY_KINDS: HistoryKind[] = ['all', 'leave', 'makeup', 'checkin']
export const HISTORY_PAGE_SIZE_MAX = 50

export interface HistoryPayload {
  kind: HistoryKind
  /** From 1. */
  page: number
  pageSize: number
}

/** One meeting as it went for me: what I did (checked in, asked for leave, made it up). */
export interface HistoryItem {
  meetingId: string
  /** The meeting's title ('会议（已删除）' if it is gone). */
  title: string
  /** Null if the meeting is gone. */
  type: MeetingType | null
  unitName: string
  startAt: string
  status: AttendanceStatus
  checkedInAt: string | null
  /** 'scan' by my own QR scan, 'manual' when the host marked me. */
  method: 'scan' | 'manual' | null
  leave: LeaveView | null
  makeup: MakeupView | null
}

export interface HistoryPage {
  items: HistoryItem[]
  total: number
}

/** Which stored records a 我的数据 table comes from (one per collection that holds something of the member's). */
export type MyDataKey = 'profile' | 'invites' | 'notices' | 'meetings' | 'feedback' | 'subscriptions' | 'stats'

/**
 * One table of 我的数据: what is stored, why, and the rows, already in words
 * (Shanghai times, labels): the screen and the exported sheet show the same.
 */
export interface MyDataTable {
  key: MyDataKey
  title: string
  /** Why it is kept and who sees it, in one sentence (the 隐私政策 says the same). */
  purpose: string
  columns: string[]
  rows: string[][]
}

export interface MyData {
  name: string
  /** When this was gathered (ISO). */
  gatheredAt: string
  tables: MyDataTable[]
}
