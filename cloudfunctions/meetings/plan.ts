import type { MemberDoc } from '../_shared/data/org-docs'
import { refuseRisky } from '../_shared/data/moderation/moderate'
import { SCENE } from '../_shared/domain/moderation/text-check'
import dayjs from 'dayjs'
import { loadMember } from '../_shared/data/org/by-id'
import type { MeetingInput, MeetingSummary } from '../_shared/contract/meetings-api'
import { holdingLane } from '../_shared/data/counting'
import { meetingLane } from '../_shared/data/lanes'
import type { UnitDoc } from '../_shared/data/org-docs'
import { retimeAttendance } from '../_shared/data/meetings/attendance-records'
import { isPublishedNotice } from '../_shared/data/meetings/linked-notice'
import { findMeeting, loadMeeting } from '../_shared/data/meetings/meeting-store'
import { TZ } from '../_shared/domain/calendar'
import { periodKeys } from '../_shared/domain/dashboard/periods'
import { hasStarted } from '../_shared/domain/meetings/window'
import type { Caller } from '../_shared/domain/org/scope'
import { now } from '../_shared/runtime/clock'
import { AppErrorCode, AppFailure } from '../_shared/runtime/errors'
import { runnableUnit } from './guards'
import { meetingDoc } from './meeting-doc'
import { movePeriod } from './period-move'
import { summary } from './present'
import { writeMeeting } from './write-meeting'

async function hostOf(caller: Caller, unit: UnitDoc, hostId: string | null | undefined): Promise<{ hostId: string; hostName: string }> {
  if (!hostId || hostId === caller.memberId) return { hostId: caller.memberId, hostName: caller.name }
  const host = await loadMember(hostId)
  // A 党小组's path is under its branch; its members' paths stop at the branch.
  const scopePath = unit.type === 'group' ? unit.path.replace(/[^/]+\/$/, '') : unit.path
  if (host.status !== 'active' || !host.unitPath.startsWith(scopePath)) throw new AppFailure(AppErrorCode.INVALID_INPUT, '主持人应是本组织的党员')
  return { hostId: host._id, hostName: host.name }
}

async function checkNotice(noticeId: string | null | undefined): Promise<void> {
  if (!noticeId) return
  if (!(await isPublishedNotice(noticeId))) throw new AppFailure(AppErrorCode.INVALID_INPUT, '关联的学习安排不存在或未发布')
}

/** Same unit, type and minute: the same meeting (a double tap creates it once). */
const plannedMeetingId = (unitId: string, input: MeetingInput): string =>
  `m-${unitId}-${input.type.replace(/_/g, '-')}-${dayjs(input.startAt).tz(TZ).format('YYYYMMDDHHmm')}`

/** What members read of a meeting: content security refuses a risky one (data/moderation `refuseRisky`). */
const meetingTexts = (meeting: Pick<MeetingInput, 'title' | 'place' | 'agenda' | 'materials'>): string[] => [
  meeting.title,
  meeting.place,
  ...meeting.agenda,
  ...meeting.materials
]

export async function createMeeting(caller: Caller & { doc: MemberDoc }, payload: { unitId: string; meeting: MeetingInput }): Promise<MeetingSummary> {
  const unit = await runnableUnit(caller, payload.unitId)
  if (hasStarted(now(), { startAt: new Date(payload.meeting.startAt) })) throw new AppFailure(AppErrorCode.INVALID_INPUT, '开始时间应在现在之后')
  await checkNotice(payload.meeting.noticeId)
  const id = plannedMeetingId(unit._id, payload.meeting)
  const existing = await findMeeting(id)
  if (existing) {
    if (existing.title === payload.meeting.title) return summary(existing)
    throw new AppFailure('MEETING_EXISTS', '同一时间已有同类会议')
  }
  await refuseRisky(caller, SCENE.forum, meetingTexts(payload.meeting), '会议信息')
  const doc = meetingDoc(id, unit, payload.meeting, await hostOf(caller, unit, payload.meeting.hostId), caller, null, false)
  await writeMeeting(doc, unit)
  return summary(doc)
}

/** Editable until it starts; an edited 主题党日 is no longer rewritten by the rule. */
export async function updateMeeting(caller: Caller & { doc: MemberDoc }, payload: { id: string; meeting: MeetingInput }): Promise<MeetingSummary> {
  const previous = await loadMeeting(payload.id)
  const unit = await runnableUnit(caller, previous.unitId)
  if (hasStarted(now(), previous)) throw new AppFailure('MEETING_STARTED', '会议已开始，不能再修改')
  if (hasStarted(now(), { startAt: new Date(payload.meeting.startAt) })) throw new AppFailure(AppErrorCode.INVALID_INPUT, '开始时间应在现在之后')
  await checkNotice(payload.meeting.noticeId)
  // Content security on what members will read, only when it changed (the same texts are not checked again).
  if (meetingTexts(payload.meeting).join('\n') !== meetingTexts(previous).join('\n'))
    await refuseRisky(caller, SCENE.forum, meetingTexts(payload.meeting), '会议信息')
  const keepsHost = payload.meeting.hostId === undefined || payload.meeting.hostId === previous.hostId
  const host =
    keepsHost && previous.hostId ? { hostId: previous.hostId, hostName: previous.hostName ?? '' } : await hostOf(caller, unit, payload.meeting.hostId)
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
