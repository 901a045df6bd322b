import type { TrendPoint } from '../_shared/contract/dashboard-api'
import { attendedOf } from '../_shared/contract/dashboard-rules'
import { loadUnit } from '../_shared/data/org/by-id'
import { monthBuckets } from '../_shared/data/dashboard/month-buckets'
import { unheldMeetingsOf } from '../_shared/data/dashboard/unheld-meetings'
import { localMonth } from '../_shared/domain/dashboard/periods'
import { periodRange, unheldSince } from '../_shared/domain/dashboard/unheld'
import { now } from '../_shared/runtime/clock'
import type { Caller } from '../_shared/domain/org/scope'
import { guardDashboard } from './scope'

/** Twelve month buckets of one unit: the year at a glance. */
export async function trend(caller: Caller, payload: { unitId: string; year: number }): Promise<{ points: TrendPoint[] }> {
  const unit = await loadUnit(payload.unitId)
  guardDashboard(caller, unit.path)
  const months = Array.from({ length: 12 }, (_, i) => `${payload.year}-${String(i + 1).padStart(2, '0')}`)
  const [byPeriod, unheld] = await Promise.all([
    monthBuckets(unit._id, months),
    unheldMeetingsOf(unit._id, periodRange(`Y${payload.year}`), unheldSince(now()))
  ])
  // Attendance of meetings not yet held is not in any month's rate (as in the view).
  const unheldAttended = new Map<number, number>()
  for (const m of unheld) unheldAttended.set(localMonth(m.startAt), (unheldAttended.get(localMonth(m.startAt)) ?? 0) + attendedOf(m))
  return {
    points: months.map((month, i) => {
      const b = byPeriod.get(`M${month}`)
      return {
        month,
        noticeAssigned: b?.noticeAssigned ?? 0,
        noticeRead: b?.noticeRead ?? 0,
        noticeAnswered: b?.noticeAnswered ?? 0,
        meetingInvited: b?.meetingInvited ?? 0,
        attended: b ? Math.max(0, attendedOf(b) - (unheldAttended.get(i + 1) ?? 0)) : 0
      }
    })
  }
}
