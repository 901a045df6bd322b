import { DASHBOARD_FUNCTION } from '@contract/dashboard-api'
import type { DashboardAction, DashboardActions } from '@contract/dashboard-api'
import { callFunction } from '@/api'

/** One call to the `dashboard` function, typed end to end by the contract's action table. */
export function callDashboard<A extends DashboardAction>(action: A, payload: DashboardActions[A]['payload']): Promise<DashboardActions[A]['result']> {
  return callFunction<DashboardActions[A]['result']>(DASHBOARD_FUNCTION, { action, payload })
}
