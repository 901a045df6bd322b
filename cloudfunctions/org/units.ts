import { randomBytes } from 'node:crypto'
import { pathIds, pathOf } from '../_shared/domain/org-path'
import type { UnitType, UnitView } from '../_shared/contract/org'
import { insertUnit, siblingNamed, unitsUnder } from '../_shared/data/org/units'
import type { UnitDoc } from '../_shared/data/org-docs'
import { managedScopes } from '../_shared/domain/org/authorize'
import { type Caller } from '../_shared/domain/org/scope'
import { canContain, UNIT_TYPE_LABELS } from '../_shared/domain/org/tree'
import { now } from '../_shared/runtime/clock'
import { AppErrorCode, AppFailure } from '../_shared/runtime/errors'
import { auditEntry } from './audit'
import { guard } from '../_shared/access/caller'
import { loadUnit } from '../_shared/data/org/by-id'
import { unitView } from './views'

/** The caller's visible subtrees, one prefix query per scope. */
export async function unitTree(caller: Caller): Promise<UnitView[]> {
  const seen = new Map<string, UnitDoc>()
  for (const scope of managedScopes(caller)) {
    for (const unit of await unitsUnder(scope.unitPath)) seen.set(unit._id, unit)
  }
  return [...seen.values()].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0)).map(unitView)
}

export async function createUnit(caller: Caller, payload: { parentId: string; name: string; type: UnitType }): Promise<UnitView> {
  const parent = await loadUnit(payload.parentId)
  guard(caller, { action: 'units.create', targets: [parent.path] })
  if (!canContain(parent.type, payload.type)) {
    throw new AppFailure(AppErrorCode.INVALID_INPUT, `${UNIT_TYPE_LABELS[parent.type]}下不能设立${UNIT_TYPE_LABELS[payload.type]}`)
  }
  if (await siblingNamed(parent._id, payload.name)) throw new AppFailure('CONFLICT', `“${payload.name}”已存在`)
  const id = `u-${randomBytes(8).toString('hex')}`
  const unit: UnitDoc = {
    _id: id,
    name: payload.name,
    type: payload.type,
    parentId: parent._id,
    path: pathOf(parent.path, id),
    directlyAttached: parent.type === 'committee' && payload.type === 'branch',
    memberCount: 0,
    status: 'active',
    createdAt: now()
  }
  await insertUnit(unit, auditEntry(caller, 'units.create', parent, null, `设立${UNIT_TYPE_LABELS[payload.type]}“${payload.name}”`))
  return unitView(unit)
}

/** Every 党支部 of the caller's 党委, by name: what a manager may pick as a 流动党员's place of activity. */
export async function committeeBranches(caller: Caller): Promise<Array<{ id: string; name: string; parentName: string | null }>> {
  if (!managedScopes(caller).some((scope) => scope.capabilities.includes('members.manage'))) {
    throw new AppFailure(AppErrorCode.FORBIDDEN, '你没有管理党员的职务')
  }
  const committeePath = pathOf(null, pathIds(caller.unitPath)[0])
  const units = await unitsUnder<Pick<UnitDoc, '_id' | 'name' | 'type' | 'parentId'>>(committeePath, { _id: true, name: true, type: true, parentId: true })
  const names = new Map(units.map((unit) => [unit._id, unit.name]))
  return units
    .filter((unit) => unit.type === 'branch')
    .map((unit) => ({ id: unit._id, name: unit.name, parentName: unit.parentId ? (names.get(unit.parentId) ?? null) : null }))
}
