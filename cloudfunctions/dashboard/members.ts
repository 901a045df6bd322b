import { catchUpCounting } from './view'
import type { DashboardActions, DashboardScope, MemberRow } from '../_shared/contract/dashboard-api'
import { loadUnit } from '../_shared/data/org/by-id'
import { activeMembersUnder, memberYearStats, noticeStatesOf } from '../_shared/data/dashboard/member-rows'
import { unitBucket } from '../_shared/data/dashboard/unit-bucket'
import { unheldByMember, unheldByUnit } from '../_shared/data/dashboard/unheld-meetings'
import { memberHeldOnly, periodRange, unheldSince } from '../_shared/domain/dashboard/unheld'
import { now } from '../_shared/runtime/clock'
import type { MemberDoc } from '../_shared/data/org-docs'
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
  const members = (await activeMembersUnder(unit.path)).sort((a, b) => a.name.localeCompare(b.name, 'zh-CN'))
  const zero = (member: MemberDoc): MemberRow => ({
    memberId: member._id,
    name: member.name,
    noticeRead: 0,
    noticeAnswered: 0,
    present: 0,
    late: 0,
    leave: 0,
    absent: 0,
    madeUp: 0,
    upcomingLeave: 0
  })
  const scope = payload.scope
  if ('noticeId' in scope) {
    const states = await noticeStatesOf(
      scope.noticeId,
      members.map((m) => m._id)
    )
    const rows = members.map((m) => ({ ...zero(m), noticeRead: states.get(m._id)?.readAt ? 1 : 0, noticeAnswered: states.get(m._id)?.submittedAt ? 1 : 0 }))
    return { unitName: unit.name, notices: 1, meetingsHeld: 0, upcomingMeetings: 0, members: rows }
  }
  const keys = keysOf(scope)
  const period = keys[scope.period]
  const at = now()
  const range = periodRange(period)
  const memberIds = members.map((m) => m._id)
  // As the summary: only meetings already held; leave for those to come is shown apart.
  const [stats, bucket, unheld, unheldUnit] = await Promise.all([
    memberYearStats(memberIds, keys.year),
    unitBucket(unit._id, period),
    unheldByMember(memberIds, range, unheldSince(at)),
    unheldByUnit([unit._id], range, unheldSince(at), at)
  ])
  const statsOf = new Map(stats.map((s) => [s.memberId, s.periods[period] ?? {}]))
  const rows = members.map((m) => {
    const own = statsOf.get(m._id) ?? {}
    return memberHeldOnly({ ...zero(m), ...Object.fromEntries(FIELDS.map((f) => [f, own[f] ?? 0])) }, unheld.get(m._id))
  })
  return {
    unitName: unit.name,
    notices: bucket?.notices ?? 0,
    meetingsHeld: bucket?.meetingsHeld ?? 0,
    upcomingMeetings: unheldUnit.get(unit._id)?.meetings ?? 0,
    members: rows
  }
}
