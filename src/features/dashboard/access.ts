import type { WorkbenchScope } from '@contract/me'
import type { UnitType } from '@contract/org'

/** Who sees what of the dashboard, from the 工作台 scopes whoami returns. A hint only: the server decides on every call. */

const WIDEST_FIRST: Record<UnitType, number> = { committee: 0, general_branch: 1, branch: 2, group: 3 }

/** The caller's widest unit with the dashboard: where it opens without a unitId (as the server's default). */
export function widestDashboardScope(scopes: WorkbenchScope[]): WorkbenchScope | undefined {
  return scopes.filter((scope) => scope.capabilities.includes('dashboard.view')).sort((a, b) => WIDEST_FIRST[a.unitType] - WIDEST_FIRST[b.unitType])[0]
}

/** The 组织部 sets the yearly requirements. */
export const canManageQuotas = (scopes: WorkbenchScope[]): boolean => scopes.some((scope) => scope.capabilities.includes('quotas.manage'))
