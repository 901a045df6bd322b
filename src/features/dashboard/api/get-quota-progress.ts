import type { DashboardActions } from '@contract/dashboard-api'
import { callDashboard } from './call-dashboard'

/** Each branch's yearly requirements against the calendar, those behind first (`dashboard.quotas`). */
export function getQuotaProgress(payload: DashboardActions['dashboard.quotas']['payload']): Promise<DashboardActions['dashboard.quotas']['result']> {
  return callDashboard('dashboard.quotas', payload)
}
