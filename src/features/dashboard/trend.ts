import type { TrendPoint } from '@contract/dashboard-api'
import { percent } from '@contract/dashboard-rules'

/** One month of the year's trend: 已学习材料率 and 出席率, with the same rounding as every table. */
export interface TrendMonth {
  month: string
  /** "3月" */
  label: string
  readRate: number | null
  attendanceRate: number | null
}

export function trendMonths(points: TrendPoint[]): TrendMonth[] {
  return points.map((point) => ({
    month: point.month,
    label: `${Number(point.month.slice(5, 7))}月`,
    readRate: percent(point.noticeRead, point.noticeAssigned),
    attendanceRate: percent(point.attended, point.meetingInvited)
  }))
}

/** Whether anything happened in the year at all (otherwise the chart says so instead of twelve empty months). */
export const hasActivity = (points: TrendPoint[]): boolean => points.some((point) => point.noticeAssigned > 0 || point.meetingInvited > 0)
