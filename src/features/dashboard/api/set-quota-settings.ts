import type { DashboardActions } from '@contract/dashboard-api'
import { callDashboard } from './call-dashboard'

/** The 组织部 sets its committee's yearly requirements (`quotas.set`). */
export function setQuotaSettings(payload: DashboardActions['quotas.set']['payload']): Promise<DashboardActions['quotas.set']['result']> {
  return callDashboard('quotas.set', payload)
}
