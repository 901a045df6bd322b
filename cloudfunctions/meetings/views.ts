import type { MeetingDetail, MeetingSummary } from '../_shared/contract/meetings-api'
import { pathIds } from '../_shared/domain/org-path'
import { MEETING_DETAIL_PAGE } from '../_shared/contract/meetings-rules'
import { guardCapability, loadUnit } from '../_shared/access/caller'
import { database } from '../_shared/data/client'
import type { MeetingDoc, MeetingMemberDoc, MeetingUnitDoc } from '../_shared/data/meeting-docs'
import type { MemberDoc } from '../_shared/data/org-docs'
import { meetingMemberId } from '../_shared/domain/meetings/attendance'
import { checkinWindow } from '../_shared/domain/meetings/window'
import { authorizeCapability, managedScopes } from '../_shared/domain/org/authorize'

import type { Caller } from '../_shared/domain/org/scope'
import { now } from '../_shared/runtime/clock'
import { AppErrorCode, AppFailure } from '../_shared/runtime/errors'
import { countersOf, invites, loadAttendance, loadMeeting, myAttendance, summary } from './store'

interface ListPayload {
  unitId?: string
  past?: boolean
  page: number
  pageSize: number
}

/** Upcoming (not yet ended) soonest first, or past ones latest first. */
function timeFilter(past: boolean | undefined) {
  const _ = database().command
  return { where: { endAt: past ? _.lt(now()) : _.gte(now()) }, order: past ? ('desc' as const) : ('asc' as const) }
}

/** A member's meetings: those of their branch and every unit above it, and of their 党小组. */
export async function listForMember(member: MemberDoc, payload: ListPayload): Promise<{ items: MeetingSummary[]; total: number }> {
  const db = database()
  const _ = db.command
  const { where, order } = timeFilter(payload.past)
  const query = { ...where, unitId: _.in([...pathIds(member.unitPath), ...(member.groupId ? [member.groupId] : [])]) }
  const [{ data }, { total }] = await Promise.all([
    db.collection('meetings').where(query).orderBy('startAt', order).skip((payload.page - 1) * payload.pageSize).limit(payload.pageSize).get(),
    db.collection('meetings').where(query).count()
  ])
  const meetings = data as MeetingDoc[]
  if (meetings.length === 0) return { items: [], total }
  const { data: states } = await db.collection('meetingMembers').where({ _id: _.in(meetings.map((m) => meetingMemberId(m._id, member._id))) }).limit(meetings.length).get()
  const stateOf = new Map((states as MeetingMemberDoc[]).map((s) => [s.meetingId, s]))
  return { items: meetings.map((m) => ({ ...summary(m), mine: myAttendance(stateOf.get(m._id) ?? null) })), total }
}

/** A unit's meetings (its own, and those of units above that include it) with that unit's counters. */
export async function listForManager(caller: Caller, payload: ListPayload): Promise<{ items: MeetingSummary[]; total: number }> {
  const scope = payload.unitId ?? managedScopes(caller).find((s) => s.capabilities.includes('meetings.run'))?.unitId
  if (!scope) throw new AppFailure(AppErrorCode.FORBIDDEN, '你没有组织会议的职务')
  const unit = await loadUnit(scope)
  guardCapability(caller, 'meetings.run', [unit.path])
  const db = database()
  const { where, order } = timeFilter(payload.past)
  const query = { ...where, unitId: unit._id }
  const [{ data }, { total }] = await Promise.all([
    db.collection('meetingUnits').where(query).orderBy('startAt', order).skip((payload.page - 1) * payload.pageSize).limit(payload.pageSize).get(),
    db.collection('meetingUnits').where(query).count()
  ])
  const counters = data as MeetingUnitDoc[]
  if (counters.length === 0) return { items: [], total }
  const { data: meetings } = await db.collection('meetings').where({ _id: db.command.in(counters.map((c) => c.meetingId)) }).limit(counters.length).get()
  const byId = new Map((meetings as MeetingDoc[]).map((m) => [m._id, m]))
  const items = counters.flatMap((c) => {
    const meeting = byId.get(c.meetingId)
    return meeting ? [{ ...summary(meeting), counters: countersOf(c) }] : []
  })
  return { items, total }
}

/** Those who run the meeting: meetings.run over its unit, or its host. */
export function mayRun(caller: Caller, meeting: MeetingDoc): boolean {
  return meeting.hostId === caller.memberId || authorizeCapability(caller, 'meetings.run', [meeting.unitPath]).allowed
}

export function guardRun(caller: Caller, meeting: MeetingDoc): void {
  if (!mayRun(caller, meeting)) throw new AppFailure(AppErrorCode.FORBIDDEN, '只有会议主持人或支部书记、组织委员可以操作')
}

export async function getMeeting(caller: Caller & { doc: MemberDoc }, id: string): Promise<MeetingDetail> {
  const meeting = await loadMeeting(id)
  const invited = invites(meeting, caller.doc)
  const canRun = mayRun(caller, meeting)
  if (!invited && !canRun) throw new AppFailure(AppErrorCode.FORBIDDEN, '你不在本次会议的参会范围内')
  const mine = invited ? myAttendance(await loadAttendance(meeting._id, caller.memberId)) : undefined
  const { opensAt, closesAt } = checkinWindow(meeting)
  return {
    ...summary(meeting),
    mine,
    agenda: meeting.agenda,
    materials: meeting.materials,
    noticeId: meeting.noticeId,
    host: meeting.hostId ? { id: meeting.hostId, name: meeting.hostName ?? '' } : null,
    checkinOpensAt: opensAt.toISOString(),
    checkinClosesAt: closesAt.toISOString(),
    minutes: meeting.minutes ? { content: meeting.minutes.content, resolutions: meeting.minutes.resolutions, completedAt: meeting.minutes.completedAt.toISOString() } : null,
    canRun,
    sharePath: `${MEETING_DETAIL_PAGE}?id=${meeting._id}`
  }
}
