import type { DashboardActions } from '@contract/dashboard-api'
import { callDashboard } from './call-dashboard'

/** A unit's twelve months of one year (`dashboard.trend`). */
export function getTrend(payload: DashboardActions['dashboard.trend']['payload']): Promise<DashboardActions['dashboard.trend']['result']> {
  return callDashboard('dashboard.trend', payload)
}
