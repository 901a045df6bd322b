import type { DashboardActions } from '../_shared/contract/dashboard-api'
import { loadUnit } from '../_shared/data/org/by-id'
import { movedStudyTimes } from '../_shared/data/dashboard/schedule-changes'
import type { Caller } from '../_shared/domain/org/scope'
import { guardDashboard } from './scope'

/** Branches under the unit that moved this notice's study time, with form and place (as they reported it). */
export async function scheduleChanges(caller: Caller, payload: { unitId: string; noticeId: string }): Promise<DashboardActions['dashboard.changes']['result']> {
  const unit = await loadUnit(payload.unitId)
  guardDashboard(caller, unit.path)
  const docs = await movedStudyTimes(payload.noticeId, unit.path)
  return {
    items: docs
      .flatMap((doc) =>
        doc.scheduleChange
          ? [
              {
                unitId: doc.unitId,
                unitName: doc.unitName,
                startAt: doc.scheduleChange.startAt.toISOString(),
                form: doc.scheduleChange.form,
                place: doc.scheduleChange.place
              }
            ]
          : []
      )
      .sort((a, b) => a.unitName.localeCompare(b.unitName, 'zh-CN'))
  }
}
