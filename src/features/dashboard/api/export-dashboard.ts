import type { DashboardActions } from '@contract/dashboard-api'
import { callDashboard } from './call-dashboard'

/** A view as .xlsx, with the screen's numbers (`dashboard.export`). */
export function exportDashboard(payload: DashboardActions['dashboard.export']['payload']): Promise<DashboardActions['dashboard.export']['result']> {
  return callDashboard('dashboard.export', payload)
}
