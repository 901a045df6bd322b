import type { DashboardActions } from '@contract/dashboard-api'
import { callDashboard } from './call-dashboard'

/** Branches under a unit that moved a notice's study time (`dashboard.changes`). */
export function listScheduleChanges(payload: DashboardActions['dashboard.changes']['payload']): Promise<DashboardActions['dashboard.changes']['result']> {
  return callDashboard('dashboard.changes', payload)
}
