import type { QuotaSettings } from '@contract/dashboard-api'
import { call } from '../../api/call'

/** 年度要求: progress by branch (dashboard.view holders), and the committee's settings (组织部: quotas.manage). */
export const unitTree = () => call('org', 'units.tree', {})
export const quotaProgress = (unitId: string, year: number) => call('dashboard', 'dashboard.quotas', { unitId, year })
export const exportQuotas = (unitId: string, year: number) =>
  call('dashboard', 'dashboard.export', { unitId, scope: { period: 'year', day: `${year}-12-31` }, view: 'quotas' })
export const getQuotaSettings = () => call('dashboard', 'quotas.get', {})
export const setQuotaSettings = (settings: QuotaSettings) => call('dashboard', 'quotas.set', { settings })
