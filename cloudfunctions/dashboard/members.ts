import { catchUpCounting } from './view'
import type { DashboardActions, DashboardScope, MemberRow } from '../_shared/contract/dashboard-api'
import { loadUnit } from '../_shared/access/caller'
import type { NoticeMemberDoc } from '../_shared/data/notice-docs'
import type { MemberDoc } from '../_shared/data/org-docs'
import { prefix, readAll } from '../_shared/data/query'
import { findById, findByIds } from '../_shared/data/read'
import { memberStatsId, type MemberStatsDoc, type UnitStatsDoc } from '../_shared/data/stats'
import { bucketId } from '../_shared/domain/dashboard/periods'
import { noticeMemberId } from '../_shared/domain/notices/counters'
import type { Caller } from '../_shared/domain/org/scope'
import { AppErrorCode, AppFailure } from '../_shared/runtime/errors'
import { guardDashboard, keysOf } from './scope'

const FIELDS = ['noticeRead', 'noticeAnswered', 'present', 'late', 'leave', 'absent', 'madeUp'] as const

/**
 * A branch's members, alphabetically (never ranked), each from their own
 * year document: one per member shown, plus the branch's bucket for the
 * number of notices and meetings. Only the branch's secretary and above.
 */
export async function memberRows(caller: Caller, payload: { unitId: string; scope: DashboardScope }): Promise<DashboardActions['dashboard.members']['result']> {
  const unit = await loadUnit(payload.unitId)
  guardDashboard(caller, unit.path)
  if (unit.type !== 'branch') throw new AppFailure(AppErrorCode.INVALID_INPUT, '党员明细按党支部查看')
  await catchUpCounting()
  const members = (await readAll<MemberDoc>('members', { unitPath: prefix(unit.path), status: 'active' }, { name: true })).sort((a, b) => a.name.localeCompare(b.name, 'zh-CN'))
  const zero = (member: MemberDoc): MemberRow => ({ memberId: member._id, name: member.name, noticeRead: 0, noticeAnswered: 0, present: 0, late: 0, leave: 0, absent: 0, madeUp: 0 })
  const scope = payload.scope
  if ('noticeId' in scope) {
    const states = new Map((await findByIds<NoticeMemberDoc>('noticeMembers', members.map((m) => noticeMemberId(scope.noticeId, m._id)))).map((s) => [s.memberId, s]))
    const rows = members.map((m) => ({ ...zero(m), noticeRead: states.get(m._id)?.readAt ? 1 : 0, noticeAnswered: states.get(m._id)?.submittedAt ? 1 : 0 }))
    return { unitName: unit.name, notices: 1, meetingsHeld: 0, members: rows }
  }
  const keys = keysOf(scope)
  const period = keys[scope.period]
  const [stats, bucket] = await Promise.all([findByIds<MemberStatsDoc>('memberStats', members.map((m) => memberStatsId(m._id, keys.year))), findById<UnitStatsDoc>('unitStats', bucketId(unit._id, period))])
  const statsOf = new Map(stats.map((s) => [s.memberId, s.periods[period] ?? {}]))
  const rows = members.map((m) => {
    const own = statsOf.get(m._id) ?? {}
    return { ...zero(m), ...Object.fromEntries(FIELDS.map((f) => [f, own[f] ?? 0])) }
  })
  return { unitName: unit.name, notices: bucket?.notices ?? 0, meetingsHeld: bucket?.meetingsHeld ?? 0, members: rows }
}
