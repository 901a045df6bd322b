import type { DashboardActions } from '@contract/dashboard-api'
import { callDashboard } from './call-dashboard'

/** The committee's yearly requirements (the defaults until the 组织部 sets its own) (`quotas.get`). */
export function getQuotaSettings(payload: DashboardActions['quotas.get']['payload']): Promise<DashboardActions['quotas.get']['result']> {
  return callDashboard('quotas.get', payload)
}
