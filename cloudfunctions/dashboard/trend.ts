import type { TrendPoint } from '../_shared/contract/dashboard-api'
import { attendedOf } from '../_shared/contract/dashboard-rules'
import { loadUnit } from '../_shared/data/org/by-id'
import { monthBuckets } from '../_shared/data/dashboard/month-buckets'
import type { Caller } from '../_shared/domain/org/scope'
import { guardDashboard } from './scope'

/** Twelve month buckets of one unit: the year at a glance. */
export async function trend(caller: Caller, payload: { unitId: string; year: number }): Promise<{ points: TrendPoint[] }> {
  const unit = await loadUnit(payload.unitId)
  guardDashboard(caller, unit.path)
  const months = Array.from({ length: 12 }, (_, i) => `${payload.year}-${String(i + 1).padStart(2, '0')}`)
  const byPeriod = await monthBuckets(unit._id, months)
  return {
    points: months.map((month) => {
      const b = byPeriod.get(`M${month}`)
      return {
        month,
        noticeAssigned: b?.noticeAssigned ?? 0,
        noticeRead: b?.noticeRead ?? 0,
        noticeAnswered: b?.noticeAnswered ?? 0,
        meetingInvited: b?.meetingInvited ?? 0,
        attended: b ? attendedOf(b) : 0
      }
    })
  }
}
