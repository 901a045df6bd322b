import { DASHBOARD_FUNCTION, type DashboardAction, type DashboardActions } from '@contract/dashboard-api'
import { callFunction } from '@/api'

/**
 * Every client call to the 数据看板 (`dashboard` function), one typed function per action,
 * in one module so a feature's server surface reads at a glance.
 */

/** One call to the `dashboard` function, typed end to end by the contract's action table. */
export function callDashboard<A extends DashboardAction>(action: A, payload: DashboardActions[A]['payload']): Promise<DashboardActions[A]['result']> {
  return callFunction<DashboardActions[A]['result']>(DASHBOARD_FUNCTION, { action, payload })
}

/** A view as .xlsx, with the screen's numbers (`dashboard.export`). */
export function exportDashboard(payload: DashboardActions['dashboard.export']['payload']): Promise<DashboardActions['dashboard.export']['result']> {
  return callDashboard('dashboard.export', payload)
}

/** Each branch's yearly requirements against the calendar, those behind first (`dashboard.quotas`). */
export function getQuotaProgress(payload: DashboardActions['dashboard.quotas']['payload']): Promise<DashboardActions['dashboard.quotas']['result']> {
  return callDashboard('dashboard.quotas', payload)
}

/** The committee's yearly requirements (the defaults until the 组织部 sets its own) (`quotas.get`). */
export function getQuotaSettings(payload: DashboardActions['quotas.get']['payload']): Promise<DashboardActions['quotas.get']['result']> {
  return callDashboard('quotas.get', payload)
}

/** A unit's twelve months of one year (`dashboard.trend`). */
export function getTrend(payload: DashboardActions['dashboard.trend']['payload']): Promise<DashboardActions['dashboard.trend']['result']> {
  return callDashboard('dashboard.trend', payload)
}

/** A branch's members in the scope, alphabetically (never ranked) (`dashboard.members`). */
export function listMemberRows(payload: DashboardActions['dashboard.members']['payload']): Promise<DashboardActions['dashboard.members']['result']> {
  return callDashboard('dashboard.members', payload)
}

/** Branches under a unit that moved a notice's study time (`dashboard.changes`). */
export function listScheduleChanges(payload: DashboardActions['dashboard.changes']['payload']): Promise<DashboardActions['dashboard.changes']['result']> {
  return callDashboard('dashboard.changes', payload)
}

/** The 组织部 sets its committee's yearly requirements (`quotas.set`). */
export function setQuotaSettings(payload: DashboardActions['quotas.set']['payload']): Promise<DashboardActions['quotas.set']['result']> {
  return callDashboard('quotas.set', payload)
}

/** A unit and its child units for a period or a notice, as counts (`dashboard.view`). */
export function viewDashboard(payload: DashboardActions['dashboard.view']['payload']): Promise<DashboardActions['dashboard.view']['result']> {
  return callDashboard('dashboard.view', payload)
}
