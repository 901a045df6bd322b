import type { MemberView, UnitView } from '../_shared/contract/org'
import { pathIds } from '../_shared/domain/org-path'
import type { MemberDoc, UnitDoc } from '../_shared/data/org-docs'
import { maskPhone } from '../_shared/domain/org/import'

export function unitView(unit: UnitDoc): UnitView {
  return {
    id: unit._id,
    name: unit.name,
    type: unit.type,
    parentId: unit.parentId,
    pathIds: pathIds(unit.path),
    directlyAttached: unit.directlyAttached,
    memberCount: unit.memberCount
  }
}

/** Unit and group names come from a map the caller already loaded (no read per member). */
export function memberView(member: MemberDoc, names: ReadonlyMap<string, string>): MemberView {
  return {
    id: member._id,
    name: member.name,
    unitId: member.unitId,
    unitName: names.get(member.unitId) ?? '',
    groupId: member.groupId,
    groupName: member.groupId ? (names.get(member.groupId) ?? null) : null,
    phoneMasked: maskPhone(member.phone),
    type: member.type,
    category: member.category,
    status: member.status,
    roles: member.roles.map(({ role, unitId }) => ({ role, unitId })),
    bound: Boolean(member.openid),
    activityUnitId: member.activityUnitId
  }
}
