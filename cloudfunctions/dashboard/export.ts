import dayjs from 'dayjs'
import type { DashboardActions } from '../_shared/contract/dashboard-api'
import { loadUnit } from '../_shared/data/org/by-id'
import { memberWorkbook, participationWorkbook, quotaWorkbook, trendWorkbook } from '../_shared/domain/dashboard/workbook'
import { TZ } from '../_shared/domain/calendar'
import type { Caller } from '../_shared/domain/org/scope'
import { now } from '../_shared/runtime/clock'
import { memberRows } from './members'
import { quotasView } from './quotas'
import { guardDashboard, scopeLabel } from './scope'
import { trend } from './trend'
import { viewDashboard } from './view'

/** Every view as .xlsx, built from the very result the screen shows. */
export async function exportView(caller: Caller, payload: DashboardActions['dashboard.export']['payload']): Promise<{ fileName: string; base64: string }> {
  const label = scopeLabel(payload.scope)
  if (payload.view === 'units') {
    const view = await viewDashboard(caller, payload)
    const file = await participationWorkbook(`${view.unit.unitName} · ${label}`, view.unit, view.children)
    return { fileName: `${view.unit.unitName}参与情况-${label}.xlsx`, base64: file.toString('base64') }
  }
  if (payload.view === 'members') {
    const rows = await memberRows(caller, payload)
    const file = await memberWorkbook(`${rows.unitName} · ${label}`, rows.notices, rows.members)
    return { fileName: `${rows.unitName}党员明细-${label}.xlsx`, base64: file.toString('base64') }
  }
  const unit = await loadUnit(payload.unitId)
  guardDashboard(caller, unit.path)
  const year = 'day' in payload.scope ? Number(payload.scope.day.slice(0, 4)) : dayjs(now()).tz(TZ).year()
  if (payload.view === 'trend') {
    const { points } = await trend(caller, { unitId: unit._id, year })
    const file = await trendWorkbook(`${unit.name} · ${year}年趋势`, points)
    return { fileName: `${unit.name}全年趋势-${year}.xlsx`, base64: file.toString('base64') }
  }
  const { branches } = await quotasView(caller, { unitId: unit._id, year })
  const file = await quotaWorkbook(`${unit.name} · ${year}年度要求`, branches)
  return { fileName: `${unit.name}年度要求-${year}.xlsx`, base64: file.toString('base64') }
}
