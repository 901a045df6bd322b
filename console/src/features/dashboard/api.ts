import type { DashboardActions, DashboardScope } from '@contract/dashboard-api'
import { call } from '../../api/call'

type Export = DashboardActions['dashboard.export']['payload']['view']

/** One typed call per dashboard action the console uses. */
export const viewUnits = (unitId: string | undefined, scope: DashboardScope) => call('dashboard', 'dashboard.view', { ...(unitId ? { unitId } : {}), scope })
export const viewMembers = (unitId: string, scope: DashboardScope) => call('dashboard', 'dashboard.members', { unitId, scope })
export const viewTrend = (unitId: string, year: number) => call('dashboard', 'dashboard.trend', { unitId, year })
export const viewQuotas = (unitId: string, year: number) => call('dashboard', 'dashboard.quotas', { unitId, year })
export const exportView = (unitId: string, scope: DashboardScope, view: Export) => call('dashboard', 'dashboard.export', { unitId, scope, view })
