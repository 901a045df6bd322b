import dayjs from 'dayjs'
import { pathIds } from '../_shared/domain/org-path'
import { guardCapability, loadMember, loadUnit } from '../_shared/access/caller'
import type { MeetingInput, MeetingSummary, ThemeDayRule } from '../_shared/contract/meetings-api'
import { CHECKIN_CLOSES_MINUTES_AFTER, CHECKIN_OPENS_MINUTES_BEFORE } from '../_shared/contract/meetings-rules'
import type { MeetingDoc } from '../_shared/data/meeting-docs'
import type { UnitDoc } from '../_shared/data/org-docs'
import { retimeAttendance } from '../_shared/data/meetings/attendance-records'
import { activeGroupMembers, unitsByIds, unitsUnder } from '../_shared/data/meetings/invited-units'
import { isPublishedNotice } from '../_shared/data/meetings/linked-notice'
import { meetingsByIds } from '../_shared/data/meetings/meetings-by-ids'
import { findMeeting, loadMeeting } from '../_shared/data/meetings/meeting-store'
import { saveMeetingWithCounters, type CountedUnit } from '../_shared/data/meetings/meeting-writes'
import { loadThemeDayRule, saveThemeDayRule } from '../_shared/data/meetings/theme-day-rules'
import { periodKeys } from '../_shared/domain/dashboard/periods'
import { localYear, themeDayMeetingId, themeDaysOfYear } from '../_shared/domain/meetings/theme-day'
import { hasStarted } from '../_shared/domain/meetings/window'
import { TZ } from '../_shared/domain/calendar'
import { assignedBySubtree } from '../_shared/domain/notices/counters'
import type { Caller } from '../_shared/domain/org/scope'
import { now } from '../_shared/runtime/clock'
import { AppErrorCode, AppFailure } from '../_shared/runtime/errors'
import { movePeriod } from './period-move'
import { holdingLane } from '../_shared/data/counting'
import { meetingLane } from '../_shared/data/lanes'
import { summary } from './present'

const THEME_DAY_AGENDA = ['重温入党誓词', '集中学习研讨', '开展主题活动']

/** A meeting is run where it is held: the caller needs meetings.run over its unit. */
async function runnableUnit(caller: Caller, unitId: string): Promise<UnitDoc> {
  const unit = await loadUnit(unitId)
  guardCapability(caller, 'meetings.run', [unit.path])
  return unit
}

/** Invited per counted unit: from the units' own member counters (a 党小组 counts its members once). */
async function countedUnits(unit: UnitDoc): Promise<CountedUnit[]> {
  const aboveUnits = await unitsByIds(pathIds(unit.path).slice(0, -1))
  if (unit.type === 'group') {
    const total = await activeGroupMembers(unit._id)
    return [...aboveUnits, unit].map((u) => ({ unit: u, invited: total }))
  }
  const subtree = (await unitsUnder(unit.path)).filter((u) => u.type !== 'group')
  const assigned = assignedBySubtree(subtree.map((u) => ({ id: u._id, path: u.path, memberCount: u.memberCount })))
  const total = assigned.get(unit._id) ?? 0
  return [...aboveUnits.map((u) => ({ unit: u, invited: total })), ...subtree.map((u) => ({ unit: u, invited: assigned.get(u._id) ?? 0 }))]
}

/** Writes a meeting with the counters of every unit it counts for (data/meetings/meeting-writes.ts orders the writes). */
async function writeMeeting(doc: MeetingDoc, unit: UnitDoc): Promise<void> {
  await saveMeetingWithCounters(doc, await countedUnits(unit))
}

async function hostOf(caller: Caller, unit: UnitDoc, hostId: string | null | undefined): Promise<{ hostId: string; hostName: string }> {
  if (!hostId || hostId === caller.memberId) return { hostId: caller.memberId, hostName: caller.name }
  const host = await loadMember(hostId)
  // A 党小组's path is under its branch; its members' paths stop at the branch.
  const scopePath = unit.type === 'group' ? unit.path.replace(/[^/]+\/$/, '') : unit.path
  if (host.status !== 'active' || !host.unitPath.startsWith(scopePath)) throw new AppFailure(AppErrorCode.INVALID_INPUT, '主持人应是本组织的党员')
  return { hostId: host._id, hostName: host.name }
}

function meetingDoc(id: string, unit: UnitDoc, input: MeetingInput, host: { hostId: string; hostName: string }, caller: Caller, previous: MeetingDoc | null, fromRule: boolean): MeetingDoc {
  const at = now()
  return {
    _id: id,
    type: input.type,
    title: input.title,
    unitId: unit._id,
    unitName: unit.name,
    unitType: unit.type,
    unitPath: unit.path,
    startAt: new Date(input.startAt),
    endAt: new Date(input.endAt),
    place: input.place,
    form: input.form,
    agenda: input.agenda,
    materials: input.materials,
    noticeId: input.noticeId ?? null,
    ...host,
    checkinOpensMinutesBefore: input.checkinOpensMinutesBefore ?? CHECKIN_OPENS_MINUTES_BEFORE,
    checkinClosesMinutesAfter: input.checkinClosesMinutesAfter ?? CHECKIN_CLOSES_MINUTES_AFTER,
    fromRule,
    minutes: previous?.minutes ?? null,
    finalizedAt: previous?.finalizedAt ?? null,
    createdBy: previous?.createdBy ?? caller.memberId,
    createdAt: previous?.createdAt ?? at,
    updatedAt: at
  }
}

async function checkNotice(noticeId: string | null | undefined): Promise<void> {
  if (!noticeId) return
  if (!(await isPublishedNotice(noticeId))) throw new AppFailure(AppErrorCode.INVALID_INPUT, '关联的学习安排不存在或未发布')
}

/** Same unit, type and minute: the same meeting (a double tap creates it once). */
const plannedMeetingId = (unitId: string, input: MeetingInput): string => `m-${unitId}-${input.type.replace(/_/g, '-')}-${dayjs(input.startAt).tz(TZ).format('YYYYMMDDHHmm')}`

export async function createMeeting(caller: Caller, payload: { unitId: string; meeting: MeetingInput }): Promise<MeetingSummary> {
  const unit = await runnableUnit(caller, payload.unitId)
  if (hasStarted(now(), { startAt: new Date(payload.meeting.startAt) })) throw new AppFailure(AppErrorCode.INVALID_INPUT, '开始时间应在现在之后')
  await checkNotice(payload.meeting.noticeId)
  const id = plannedMeetingId(unit._id, payload.meeting)
  const existing = await findMeeting(id)
  if (existing) {
    if (existing.title === payload.meeting.title) return summary(existing)
    throw new AppFailure('MEETING_EXISTS', '同一时间已有同类会议')
  }
  const doc = meetingDoc(id, unit, payload.meeting, await hostOf(caller, unit, payload.meeting.hostId), caller, null, false)
  await writeMeeting(doc, unit)
  return summary(doc)
}

/** Editable until it starts; an edited 主题党日 is no longer rewritten by the rule. */
export async function updateMeeting(caller: Caller, payload: { id: string; meeting: MeetingInput }): Promise<MeetingSummary> {
  const previous = await loadMeeting(payload.id)
  const unit = await runnableUnit(caller, previous.unitId)
  if (hasStarted(now(), previous)) throw new AppFailure('MEETING_STARTED', '会议已开始，不能再修改')
  if (hasStarted(now(), { startAt: new Date(payload.meeting.startAt) })) throw new AppFailure(AppErrorCode.INVALID_INPUT, '开始时间应在现在之后')
  await checkNotice(payload.meeting.noticeId)
  const keepsHost = payload.meeting.hostId === undefined || payload.meeting.hostId === previous.hostId
  const host = keepsHost && previous.hostId ? { hostId: previous.hostId, hostName: previous.hostName ?? '' } : await hostOf(caller, unit, payload.meeting.hostId)
  const doc = meetingDoc(previous._id, unit, payload.meeting, host, caller, previous, false)
  if (doc.startAt.getTime() === previous.startAt.getTime()) {
    await writeMeeting(doc, unit)
    return summary(doc)
  }
  // A new time may move what the meeting counted to another period: on its lane, so no count lands in between.
  await holdingLane(meetingLane, doc._id, async () => {
    const saved = await loadMeeting(doc._id)
    const clearMarkers = await movePeriod(doc, periodKeys(saved.startAt), periodKeys(doc.startAt))
    await writeMeeting(doc, unit)
    // Attendance records already made (leave, early check-ins, reminders) keep the meeting's time for the member's lists.
    await retimeAttendance(doc._id, doc.startAt)
    await clearMarkers()
  })
  return summary(doc)
}

export async function getRule(caller: Caller, unitId: string): Promise<{ rule: ThemeDayRule | null }> {
  await runnableUnit(caller, unitId)
  return { rule: await loadThemeDayRule(unitId) }
}

/**
 * Saves the branch's 主题党日 rule and generates this year's remaining days
 * from it. A day already edited by hand or already started is kept; saving
 * the same rule twice changes nothing.
 */
export async function setRule(caller: Caller, payload: { unitId: string; rule: ThemeDayRule }): Promise<{ rule: ThemeDayRule; generated: MeetingSummary[]; kept: number }> {
  const unit = await runnableUnit(caller, payload.unitId)
  if (unit.type !== 'branch') throw new AppFailure(AppErrorCode.INVALID_INPUT, '主题党日规则按党支部设置')
  const at = now()
  await saveThemeDayRule(unit._id, payload.rule, at, caller.memberId)
  const days = themeDaysOfYear(payload.rule, localYear(at), at)
  const ids = days.map((day) => themeDayMeetingId(unit._id, day.year, day.month))
  const existing = await meetingsByIds(ids)
  const generated: MeetingSummary[] = []
  let kept = 0
  const host = { hostId: caller.memberId, hostName: caller.name }
  for (const [index, day] of days.entries()) {
    const previous = existing.get(ids[index]) ?? null
    if (previous && (!previous.fromRule || hasStarted(at, previous))) {
      kept += 1
      continue
    }
    const input: MeetingInput = { type: 'theme_day', title: `${day.month}月主题党日`, startAt: day.startAt.toISOString(), endAt: day.endAt.toISOString(), place: payload.rule.place, form: payload.rule.form, agenda: previous?.agenda ?? THEME_DAY_AGENDA, materials: previous?.materials ?? [] }
    const doc = meetingDoc(ids[index], unit, input, previous?.hostId ? { hostId: previous.hostId, hostName: previous.hostName ?? caller.name } : host, caller, previous, true)
    await writeMeeting(doc, unit)
    generated.push(summary(doc))
  }
  return { rule: payload.rule, generated, kept }
}
