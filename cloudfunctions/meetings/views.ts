import { moderationLabel } from '../_shared/domain/moderation/text-check'
import type { MeetingDetail, MeetingSummary } from '../_shared/contract/meetings-api'
import { MEETING_DETAIL_PAGE } from '../_shared/contract/meetings-rules'
import { guardCapability } from '../_shared/access/caller'
import { loadUnit } from '../_shared/data/org/by-id'
import type { MemberDoc } from '../_shared/data/org-docs'
import { loadAttendance, memberAttendanceOf } from '../_shared/data/meetings/attendance-records'
import { countersOfUnit, meetingsOfUnits, type PageRequest } from '../_shared/data/meetings/meeting-lists'
import { meetingsOnPage } from '../_shared/data/meetings/meetings-by-ids'
import { pendingLeaveCounts } from '../_shared/data/meetings/pending-leave'
import { loadMeeting } from '../_shared/data/meetings/meeting-store'
import { invites } from '../_shared/domain/meetings/invites'
import { makeupStudy } from '../_shared/domain/meetings/makeup'
import { checkinWindow, hasEnded, hasStarted } from '../_shared/domain/meetings/window'
import { managedScopes } from '../_shared/domain/org/authorize'
import { pathIds } from '../_shared/domain/org-path'
import type { Caller } from '../_shared/domain/org/scope'
import { now } from '../_shared/runtime/clock'
import { AppErrorCode, AppFailure } from '../_shared/runtime/errors'
import { mayRun } from './guards'
import { countersOf, myAttendance, releasedMinutes, summary } from './present'

interface ListPayload extends PageRequest {
  unitId?: string
}

/** A member's meetings: those of their branch and every unit above it, and of their 党小组. */
export async function listForMember(member: MemberDoc, payload: ListPayload): Promise<{ items: MeetingSummary[]; total: number }> {
  const units = [...pathIds(member.unitPath), ...(member.groupId ? [member.groupId] : [])]
  const { items: meetings, total } = await meetingsOfUnits(units, payload, now())
  if (meetings.length === 0) return { items: [], total }
  const stateOf = await memberAttendanceOf(
    meetings.map((m) => m._id),
    member._id
  )
  return { items: meetings.map((m) => ({ ...summary(m), mine: myAttendance(stateOf.get(m._id) ?? null) })), total }
}

/** A unit's meetings (its own, and those of units above that include it) with that unit's counters. */
export async function listForManager(caller: Caller, payload: ListPayload): Promise<{ items: MeetingSummary[]; total: number }> {
  const scope = payload.unitId ?? managedScopes(caller).find((s) => s.capabilities.includes('meetings.run'))?.unitId
  if (!scope) throw new AppFailure(AppErrorCode.FORBIDDEN, '你没有组织会议的职务')
  const unit = await loadUnit(scope)
  guardCapability(caller, 'meetings.run', [unit.path])
  const { items: counters, total } = await countersOfUnit(unit._id, payload, now())
  if (counters.length === 0) return { items: [], total }
  const ids = counters.map((c) => c.meetingId)
  const [meetings, pending] = await Promise.all([meetingsOnPage(ids), pendingLeaveCounts(ids, unit.path)])
  const byId = new Map(meetings.map((m) => [m._id, m]))
  const items = counters.flatMap((c) => {
    const meeting = byId.get(c.meetingId)
    return meeting ? [{ ...summary(meeting), counters: countersOf(c), pendingLeave: pending.get(c.meetingId) ?? 0 }] : []
  })
  return { items, total }
}

export async function getMeeting(caller: Caller & { doc: MemberDoc }, id: string): Promise<MeetingDetail> {
  const meeting = await loadMeeting(id)
  const invited = invites(meeting, caller.doc)
  const canRun = mayRun(caller, meeting)
  if (!invited && !canRun) throw new AppFailure(AppErrorCode.FORBIDDEN, '你不在本次会议的参会范围内')
  const mine = invited ? myAttendance(await loadAttendance(meeting._id, caller.memberId)) : undefined
  const { opensAt, closesAt } = checkinWindow(meeting)
  const at = now()
  const shownMinutes = canRun ? meeting.minutes : releasedMinutes(meeting).minutes
  return {
    ...summary(meeting),
    mine,
    agenda: meeting.agenda,
    materials: meeting.materials,
    noticeId: meeting.noticeId,
    host: meeting.hostId ? { id: meeting.hostId, name: meeting.hostName ?? '' } : null,
    checkinOpensAt: opensAt.toISOString(),
    checkinClosesAt: closesAt.toISOString(),
    // Held minutes (content security) are shown to who may run the meeting only, marked; members see them once released.
    minutes: shownMinutes
      ? { content: shownMinutes.content, resolutions: shownMinutes.resolutions, completedAt: shownMinutes.completedAt.toISOString() }
      : null,
    ...(canRun ? { minutesModeration: moderationLabel(meeting.minutesModeration) } : {}),
    started: hasStarted(at, meeting),
    ended: hasEnded(at, meeting),
    study: mine?.makeup ? makeupStudy(releasedMinutes(meeting)) : null,
    canRun,
    sharePath: `${MEETING_DETAIL_PAGE}?id=${meeting._id}`
  }
}
