import { sweepLanes } from '../_shared/data/counting'
import { LANES } from '../_shared/data/lanes'
import type { DashboardScope, DashboardView, ParticipationRow } from '../_shared/contract/dashboard-api'
import { loadUnit } from '../_shared/data/org/by-id'
import { childScopeCounters, scopeCounter, type ScopeCollection, type ScopeCounter } from '../_shared/data/dashboard/scope-counters'
import { unheldByUnit } from '../_shared/data/dashboard/unheld-meetings'
import { bucketId } from '../_shared/domain/dashboard/periods'
import { heldOnly, periodRange, unheldSince } from '../_shared/domain/dashboard/unheld'
import { now } from '../_shared/runtime/clock'
import { noticeUnitId } from '../_shared/domain/notices/counters'
import type { Caller } from '../_shared/domain/org/scope'
import { emptyRow, rowFromBucket, rowFromNoticeUnit } from './rows'
import { defaultUnitId, guardDashboard, keysOf, scopeLabel } from './scope'

/**
 * One unit and its child units for a period or a notice: the unit's own
 * counter document by id, then its children's in one anchored query. No
 * answer, check-in or member is read, so the cost is the rows shown.
 */
/** A bounded sweep of the counting lanes; how many records it counted. */
export async function catchUpCounting(): Promise<number> {
  return (await sweepLanes(LANES, { maxLanes: CATCH_UP_LANES, budgetMs: CATCH_UP_MS })).counted
}
const CATCH_UP_LANES = 20
const CATCH_UP_MS = 3_000

export async function viewDashboard(caller: Caller, payload: { unitId?: string; scope: DashboardScope }): Promise<DashboardView> {
  const unitId = payload.unitId ?? defaultUnitId(caller)
  const { collection, ownId, childWhere, toRow } = source(unitId, payload.scope)
  let own = await scopeCounter(collection, ownId)
  // Nothing reached the unit in this scope yet: its own record names its path.
  const unit = own ? { path: own.unitPath, row: toRow(own) } : await loadUnit(unitId).then((u) => ({ path: u.path, row: emptyRow(u) }))
  guardDashboard(caller, unit.path)
  // What happened since the last sweep is counted before the figures are read (nothing to do, nothing read).
  if ((await catchUpCounting()) > 0 && own) {
    own = await scopeCounter(collection, ownId)
    if (own) unit.row = toRow(own)
  }
  const data = await childScopeCounters(collection, childWhere, unit.path)
  const children = data
    .map(toRow)
    .filter((row) => row.unitType !== 'group')
    .sort((a, b) => a.unitName.localeCompare(b.unitName, 'zh-CN'))
  if ('noticeId' in payload.scope) return { scopeLabel: scopeLabel(payload.scope), unit: unit.row, children }
  // Only meetings already held count; what those still to come hold is shown apart.
  const at = now()
  const unheld = await unheldByUnit([unitId, ...children.map((c) => c.unitId)], periodRange(keysOf(payload.scope)[payload.scope.period]), unheldSince(at), at)
  return {
    scopeLabel: scopeLabel(payload.scope),
    unit: heldOnly(unit.row, unheld.get(unitId)),
    children: children.map((row) => heldOnly(row, unheld.get(row.unitId)))
  }
}

function source(
  unitId: string,
  scope: DashboardScope
): { collection: ScopeCollection; ownId: string; childWhere: Record<string, string>; toRow: (doc: ScopeCounter) => ParticipationRow } {
  if ('noticeId' in scope)
    return { collection: 'noticeUnits', ownId: noticeUnitId(scope.noticeId, unitId), childWhere: { noticeId: scope.noticeId }, toRow: rowFromNoticeUnit }
  const period = keysOf(scope)[scope.period]
  return { collection: 'unitStats', ownId: bucketId(unitId, period), childWhere: { period }, toRow: rowFromBucket }
}
