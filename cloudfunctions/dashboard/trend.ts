import type { TrendPoint } from '../_shared/contract/dashboard-api'
import { attendedOf } from '../_shared/contract/dashboard-rules'
import { loadUnit } from '../_shared/access/caller'
import { database } from '../_shared/data/client'
import type { UnitStatsDoc } from '../_shared/data/stats'
import { bucketId } from '../_shared/domain/dashboard/periods'
import type { Caller } from '../_shared/domain/org/scope'
import { guardDashboard } from './scope'

/** Twelve month buckets of one unit: the year at a glance. */
export async function trend(caller: Caller, payload: { unitId: string; year: number }): Promise<{ points: TrendPoint[] }> {
  const unit = await loadUnit(payload.unitId)
  guardDashboard(caller, unit.path)
  const months = Array.from({ length: 12 }, (_, i) => `${payload.year}-${String(i + 1).padStart(2, '0')}`)
  const db = database()
  const { data } = await db.collection('unitStats').where({ _id: db.command.in(months.map((m) => bucketId(unit._id, `M${m}`))) }).limit(12).get()
  const byPeriod = new Map((data as UnitStatsDoc[]).map((d) => [d.period, d]))
  return {
    points: months.map((month) => {
      const b = byPeriod.get(`M${month}`)
      return { month, noticeAssigned: b?.noticeAssigned ?? 0, noticeRead: b?.noticeRead ?? 0, noticeAnswered: b?.noticeAnswered ?? 0, meetingInvited: b?.meetingInvited ?? 0, attended: b ? attendedOf(b) : 0 }
    })
  }
}
