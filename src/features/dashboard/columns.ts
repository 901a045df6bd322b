import type { MemberRow, ParticipationRow } from '@contract/dashboard-api'
import { PARTICIPATION_COLUMNS } from '@contract/dashboard-rules'

/**
 * What the dashboard shows of a row, read through the contract's
 * PARTICIPATION_COLUMNS only: the .xlsx export uses the same definitions and
 * the same rounding, so a number on screen is the number in the file.
 */

export type Column = (typeof PARTICIPATION_COLUMNS)[number]

export function columnOf(key: string): Column {
  const column = PARTICIPATION_COLUMNS.find((candidate) => candidate.key === key)
  if (!column) throw new Error(`unknown dashboard column: ${key}`)
  return column
}

/** A column's label without its unit ("已学习材料率 %" → "已学习材料率", "会议（次）" → "会议"). */
export function shortLabel(column: Column): string {
  return column.label.replace(/\s*%$/, '').replace(/（[^）]*）$/, '')
}

/** Whether the column is a percentage (its label ends in %). */
export const isPercent = (column: Column): boolean => /%$/.test(column.label)

/** A value as the screen writes it: "—" when there is nothing to divide by. */
export function formatValue(value: number | null): string {
  return value === null ? '—' : String(value)
}

/** The summary cards of a unit: the rates first, then the counts; each a PARTICIPATION_COLUMNS key. */
export const SUMMARY_KEYS = ['readRate', 'answeredRate', 'attendanceRate', 'leave', 'absent', 'makeupRate', 'meetingsHeld', 'scheduleChanges'] as const

/** The counts the rates are taken of, on one line under the cards. */
export const BASE_KEYS = ['notices', 'noticeAssigned', 'meetingInvited'] as const

/** The summary's card labels, where the column's own would say less ("会议" → "会议次数"). */
const SUMMARY_LABELS: Partial<Record<string, string>> = {
  meetingsHeld: '会议次数',
  scheduleChanges: '调整时间支部'
}

export interface SummaryItem {
  key: string
  label: string
  value: string
  /** "%" for a rate with a value, "次" / "人次" / "个" for counts; empty for "—". */
  unit: string
}

const UNITS: Record<string, string> = { leave: '人次', absent: '人次', meetingsHeld: '次', scheduleChanges: '个' }

export function summaryOf(row: ParticipationRow): SummaryItem[] {
  return SUMMARY_KEYS.map((key) => {
    const column = columnOf(key)
    const value = column.value(row)
    return {
      key,
      label: SUMMARY_LABELS[key] ?? shortLabel(column),
      value: formatValue(value),
      unit: value === null ? '' : isPercent(column) ? '%' : (UNITS[key] ?? '')
    }
  })
}

/** The rates a bar chart can show per child unit. */
export const BAR_KEYS = ['readRate', 'answeredRate', 'attendanceRate', 'makeupRate'] as const
export type BarKey = (typeof BAR_KEYS)[number]

export interface Bar {
  unitId: string
  unitName: string
  value: number | null
  /** The bar's width in percent, 0–100. */
  width: number
}

export function barsOf(rows: ParticipationRow[], key: BarKey): Bar[] {
  const column = columnOf(key)
  return rows.map((row) => {
    const value = column.value(row)
    return { unitId: row.unitId, unitName: row.unitName, value, width: value === null ? 0 : Math.max(0, Math.min(100, value)) }
  })
}

export type SortDirection = 'asc' | 'desc'

/** A table's order: by a column (or the unit's name, key 'name'), either way. */
export interface SortOrder {
  key: string
  direction: SortDirection
}

/** The server's order: units by name. */
export const BY_NAME: SortOrder = { key: 'name', direction: 'asc' }

/**
 * The order after tapping a header: the same column turns around; another
 * starts high to low for numbers (who needs attention is at one end either
 * way) and A to Z for names.
 */
export function nextOrder(current: SortOrder, key: string): SortOrder {
  if (current.key === key) return { key, direction: current.direction === 'asc' ? 'desc' : 'asc' }
  return { key, direction: key === 'name' ? 'asc' : 'desc' }
}

const byName = (a: { unitName: string }, b: { unitName: string }): number => a.unitName.localeCompare(b.unitName, 'zh-CN')

/** Child units in the order asked; a unit with nothing to divide by ("—") stays last both ways, ties by name. */
export function sortRows(rows: ParticipationRow[], order: SortOrder): ParticipationRow[] {
  const sign = order.direction === 'asc' ? 1 : -1
  if (order.key === 'name') return [...rows].sort((a, b) => sign * byName(a, b))
  const column = columnOf(order.key)
  return [...rows].sort((a, b) => {
    const x = column.value(a)
    const y = column.value(b)
    if (x === null || y === null) return x === y ? byName(a, b) : x === null ? 1 : -1
    return x === y ? byName(a, b) : sign * (x - y)
  })
}

/** A branch's members by name, whatever order they came in: the only order members are ever shown in. */
export function membersByName(members: MemberRow[]): MemberRow[] {
  return [...members].sort((a, b) => a.name.localeCompare(b.name, 'zh-CN'))
}

/** The members table's columns: the same as the members .xlsx. */
export const MEMBER_COLUMNS: Array<{ key: Exclude<keyof MemberRow, 'memberId' | 'name'>; label: string }> = [
  { key: 'noticeRead', label: '已学习材料' },
  { key: 'noticeAnswered', label: '已提交讨论' },
  { key: 'present', label: '出席' },
  { key: 'late', label: '迟到' },
  { key: 'leave', label: '请假' },
  { key: 'absent', label: '缺席' },
  { key: 'madeUp', label: '已补学' },
  { key: 'upcomingLeave', label: '即将召开·已请假' }
]

/**
 * The line beside the 即将召开 card: what is known of the period's meetings
 * not yet held, none of it in the figures ("其中 1 次进行中或待确认考勤 · 已签到 2 人次").
 */
export function upcomingDetail(row: ParticipationRow): string[] {
  const { meetings, started, checkedIn } = row.upcoming
  if (meetings === 0) return ['此期间没有未召开或待确认考勤的会议']
  const parts = [`已通知 ${row.upcoming.invited} 人次`]
  if (started > 0) parts.unshift(`其中 ${started} 次进行中或待确认考勤`)
  if (checkedIn > 0) parts.push(`已签到 ${checkedIn} 人次`)
  return parts
}
