import type { MemberCategory, MemberType, MemberView, Page } from '../_shared/contract/org'
import type { MemberDoc, UnitDoc } from '../_shared/data/org-docs'
import { membersPage } from '../_shared/data/org/member-list'
import { insertMember, saveActivityUnit, saveDeactivation, saveMove } from '../_shared/data/org/member-writes'
import { unitNames, unitNamesUnder } from '../_shared/data/org/unit-names'
import type { Caller } from '../_shared/domain/org/scope'
import { now } from '../_shared/runtime/clock'
import { AppErrorCode, AppFailure } from '../_shared/runtime/errors'
import { auditEntry } from './audit'
import { guard } from '../_shared/access/caller'
import { loadMember, loadUnit } from '../_shared/data/org/by-id'
import { newMemberDoc } from './member-doc'
import { memberView } from './views'
import { rolesAfterMove } from '../_shared/domain/org/move'
import { followChange, pendingFollow } from '../_shared/data/membership-follow'
import { rolesCovering } from '../_shared/domain/org/authorize'

export async function listMembers(
  caller: Caller,
  payload: { unitId: string; keyword?: string; page: number; pageSize: number; includeInactive: boolean }
): Promise<Page<MemberView>> {
  const unit = await loadUnit(payload.unitId)
  guard(caller, { action: 'members.list', targets: [unit.path] })
  const filter = { unitPath: unit.path, includeInactive: payload.includeInactive, keyword: payload.keyword }
  const [{ members, total }, names] = await Promise.all([membersPage(filter, payload.page, payload.pageSize), unitNamesUnder(unit.path)])
  return { items: members.map((member) => memberView(member, names)), total, page: payload.page, pageSize: payload.pageSize }
}

/** A member belongs to a branch; a group, when given, must be one of that branch's. */
async function placement(unitId: string, groupId: string | null | undefined): Promise<{ branch: UnitDoc; group: UnitDoc | null }> {
  const branch = await loadUnit(unitId)
  if (branch.type !== 'branch') throw new AppFailure(AppErrorCode.INVALID_INPUT, '党员只能编入党支部')
  if (!groupId) return { branch, group: null }
  const group = await loadUnit(groupId)
  if (group.parentId !== branch._id) throw new AppFailure(AppErrorCode.INVALID_INPUT, '党小组不属于该党支部')
  return { branch, group }
}

/** A refusal names the person only when the caller may see them; otherwise it says no more than that the number is taken. */
function phoneTaken(caller: Caller, existing: MemberDoc): AppFailure {
  if (rolesCovering(caller, 'members.view', existing.unitPath).length > 0) return new AppFailure('CONFLICT', `手机号已登记为“${existing.name}”`)
  return new AppFailure('CONFLICT', '该手机号已在其他组织登记；如需调入本支部，请联系党委组织部办理组织关系转接')
}

export async function addMember(
  caller: Caller,
  payload: { unitId: string; name: string; phone: string; type: MemberType; category: MemberCategory; groupId?: string | null }
): Promise<MemberView> {
  const { branch, group } = await placement(payload.unitId, payload.groupId)
  guard(caller, { action: 'members.add', targets: [branch.path] })
  const member = newMemberDoc({ ...payload, branch: { id: branch._id, path: branch.path }, groupId: group?._id ?? null })
  const joined = pendingFollow(null, branch.path, member.createdAt)
  // The phone is checked inside the transaction that registers it: nothing is written when it is taken.
  const existing = await insertMember(member, joined, auditEntry(caller, 'members.add', branch, member._id, `添加党员“${member.name}”`))
  if (existing) throw phoneTaken(caller, existing)
  await followChange(joined.id)
  const names = new Map<string, string>([[branch._id, branch.name]])
  if (group) names.set(group._id, group.name)
  return memberView(member, names)
}

export async function moveMember(caller: Caller, payload: { memberId: string; toUnitId: string; groupId?: string | null }): Promise<MemberView> {
  const member = await loadMember(payload.memberId)
  const { branch, group } = await placement(payload.toUnitId, payload.groupId)
  guard(caller, { action: 'members.move', targets: [member.unitPath, branch.path], member: { id: member._id, roles: member.roles } })
  if (member.status !== 'active') throw new AppFailure(AppErrorCode.INVALID_INPUT, '该党员已停用，不能调整支部')
  const roles = rolesAfterMove(member.roles, { _id: branch._id, path: branch.path })
  const moved: MemberDoc = { ...member, unitId: branch._id, unitPath: branch.path, groupId: group?._id ?? null, roles, updatedAt: now() }
  // A move to another branch moves the member in the notices and meetings still open (data/membership-follow.ts).
  const follow = branch._id === member.unitId ? null : pendingFollow(member.follow ? member.follow.from : member.unitPath, branch.path, moved.updatedAt)
  await saveMove(
    member,
    moved,
    follow,
    auditEntry(caller, 'members.move', branch, member._id, `“${member.name}”调入${branch.name}${group ? ` · ${group.name}` : ''}`)
  )
  if (follow) await followChange(follow.id)
  return memberView(moved, await unitNames([branch._id, group?._id ?? '']))
}

const STATUS_LABELS = { transferred_out: '转出', inactive: '停用' } as const

export async function deactivateMember(
  caller: Caller,
  payload: { memberId: string; status: 'transferred_out' | 'inactive'; reason: string }
): Promise<MemberView> {
  const member = await loadMember(payload.memberId)
  guard(caller, { action: 'members.deactivate', targets: [member.unitPath], member: { id: member._id, roles: member.roles } })
  if (member.status !== 'active') throw new AppFailure(AppErrorCode.INVALID_INPUT, '该党员已不在册')
  if (member._id === caller.memberId) throw new AppFailure(AppErrorCode.FORBIDDEN, '不能停用自己')
  const updatedAt = now()
  const follow = pendingFollow(member.follow ? member.follow.from : member.unitPath, null, updatedAt)
  const unit = { _id: member.unitId, path: member.unitPath }
  await saveDeactivation(
    member,
    payload.status,
    updatedAt,
    follow,
    auditEntry(caller, 'members.deactivate', unit, member._id, `“${member.name}”${STATUS_LABELS[payload.status]}：${payload.reason}`)
  )
  await followChange(follow.id)
  const after: MemberDoc = { ...member, status: payload.status, roles: [], openid: undefined, updatedAt }
  return memberView(after, await unitNames([member.unitId, member.groupId ?? '']))
}

/**
 * A 流动党员 keeps formal ties (and counts) at the home branch and may take
 * part where they live: the home branch's managers record that branch, which
 * may sit anywhere in the 党委; its notices then reach the member too.
 */
export async function setActivityUnit(caller: Caller, payload: { memberId: string; activityUnitId: string | null }): Promise<MemberView> {
  const member = await loadMember(payload.memberId)
  guard(caller, { action: 'members.setActivityUnit', targets: [member.unitPath], member: { id: member._id, roles: member.roles } })
  if (member.status !== 'active') throw new AppFailure(AppErrorCode.INVALID_INPUT, '该党员已不在册')
  if (payload.activityUnitId !== null && member.category !== '流动党员') throw new AppFailure(AppErrorCode.INVALID_INPUT, '只有流动党员需要设置参加活动的支部')
  const activity = payload.activityUnitId ? await loadUnit(payload.activityUnitId) : null
  if (activity && activity.type !== 'branch') throw new AppFailure(AppErrorCode.INVALID_INPUT, '请选择一个党支部')
  if (activity && activity._id === member.unitId) throw new AppFailure(AppErrorCode.INVALID_INPUT, '参加活动的支部与所在支部相同，无需设置')
  const updatedAt = now()
  const summary = activity ? `流动党员“${member.name}”在${activity.name}参加活动` : `流动党员“${member.name}”不再在外支部参加活动`
  await saveActivityUnit(
    member._id,
    activity?._id ?? null,
    updatedAt,
    auditEntry(caller, 'members.setActivityUnit', { _id: member.unitId, path: member.unitPath }, member._id, summary)
  )
  return memberView(
    { ...member, activityUnitId: activity?._id ?? null, updatedAt },
    await unitNames([member.unitId, member.groupId ?? '', activity?._id ?? ''])
  )
}
