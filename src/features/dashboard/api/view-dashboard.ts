import type { DashboardActions } from '@contract/dashboard-api'
import { callDashboard } from './call-dashboard'

/** A unit and its child units for a period or a notice, as counts (`dashboard.view`). */
export function viewDashboard(payload: DashboardActions['dashboard.view']['payload']): Promise<DashboardActions['dashboard.view']['result']> {
  return callDashboard('dashboard.view', payload)
}
