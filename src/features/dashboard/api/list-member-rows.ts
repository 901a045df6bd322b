import type { DashboardActions } from '@contract/dashboard-api'
import { callDashboard } from './call-dashboard'

/** A branch's members in the scope, alphabetically (never ranked) (`dashboard.members`). */
export function listMemberRows(payload: DashboardActions['dashboard.members']['payload']): Promise<DashboardActions['dashboard.members']['result']> {
  return callDashboard('dashboard.members', payload)
}
