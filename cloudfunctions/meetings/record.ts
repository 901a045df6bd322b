import dayjs from 'dayjs'
import type { MeetingCounters } from '../_shared/contract/meetings-api'
import { MEETING_TYPE_LABELS } from '../_shared/contract/meetings-rules'
import type { MeetingDoc } from '../_shared/data/meeting-docs'
import { applyOnce, clearMarkers, holdingLane } from '../_shared/data/counting'
import { meetingLane } from '../_shared/data/lanes'
import { markFinalized } from '../_shared/data/attendance-writes'
import { markAbsentees } from '../_shared/data/meetings/absentees'
import { invitedPerUnit, loadMeetingUnit } from '../_shared/data/meetings/meeting-counters'
import { loadMeeting, saveMeetingMinutes } from '../_shared/data/meetings/meeting-store'
import { planIncrements } from '../_shared/domain/counting/counts'
import { heldCategories } from '../_shared/domain/dashboard/held'
import { allKeys, bucketId, localMonth, periodKeys } from '../_shared/domain/dashboard/periods'
import { makeupDue } from '../_shared/domain/meetings/makeup'
import { renderMeetingRecord } from '../_shared/domain/meetings/record'
import { hasEnded, hasStarted } from '../_shared/domain/meetings/window'
import { TZ } from '../_shared/domain/calendar'
import type { Caller } from '../_shared/domain/org/scope'
import { now } from '../_shared/runtime/clock'
import { AppFailure } from '../_shared/runtime/errors'
import { listAttendance } from './checkin'
import { guardRun } from './guards'
import { countersOf } from './present'

/**
 * Makes attendance final once the meeting is over: everyone invited who
 * neither came nor was given leave is absent, with a 补学 task. Runs on the
 * meeting's counting lane (one finaliser at a time), in bulk writes that a
 * retry repeats harmlessly; the meeting is marked final only after every
 * invitee has a final state. Counting the absences happens on the lane in
 * batches; what one call cannot finish, the next call or the sweep does.
 */
export async function finalize(meeting: MeetingDoc): Promise<boolean> {
  if (meeting.finalizedAt) return false
  return holdingLane(meetingLane, meeting._id, async () => {
    const current = await loadMeeting(meeting._id)
    if (current.finalizedAt) return false
    const at = now()
    await markAbsentees(current, { dueAt: makeupDue(at), reflection: null, completedAt: null })
    await countHeld(current)
    await markFinalized(current._id, at)
    await clearMarkers(heldMarker(current), await heldGroups(current))
    return true
  }, FINALIZE_WAIT_MS)
}

/** Finalising waits longer for the lane than a tap would: a burst of check-ins may be counting. */
const FINALIZE_WAIT_MS = 15_000

const heldMarker = (meeting: MeetingDoc): string => `held-${meeting._id}`

/**
 * A held meeting counts in its period for every unit it was held for: one
 * more meeting (by category, for the quotas; in the year bucket also by
 * month) and its invited members as the base of attendance rates.
 */
async function heldGroups(meeting: MeetingDoc) {
  const units = await invitedPerUnit(meeting._id)
  const keys = periodKeys(meeting.startAt)
  const categories = heldCategories(meeting)
  const perPeriod = { meetingsHeld: 1, ...Object.fromEntries(categories.map((c) => [`held.${c}`, 1])) }
  const perYear = Object.fromEntries(categories.map((c) => [`heldByMonth.${c}.${localMonth(meeting.startAt)}`, 1]))
  return planIncrements(
    units.flatMap((unit) => [
      ...allKeys(keys).map((period) => ({ collection: 'unitStats' as const, id: bucketId(unit.unitId, period), delta: { ...perPeriod, meetingInvited: unit.invited } })),
      { collection: 'unitStats' as const, id: bucketId(unit.unitId, keys.year), delta: perYear }
    ])
  )
}

async function countHeld(meeting: MeetingDoc): Promise<void> {
  await applyOnce(heldMarker(meeting), await heldGroups(meeting))
}

/** The secretary's part of the record: content and resolutions. Attendance fills itself in. */
export async function saveMinutes(caller: Caller, payload: { id: string; content: string; resolutions: string[] }): Promise<{ recorded: boolean; counters: MeetingCounters }> {
  const meeting = await loadMeeting(payload.id)
  guardRun(caller, meeting)
  const at = now()
  if (!hasStarted(at, meeting)) throw new AppFailure('MEETING_NOT_STARTED', '会议开始后才能填写记录')
  await saveMeetingMinutes(meeting._id, payload, at)
  const ended = hasEnded(at, meeting)
  if (ended) await finalize(meeting)
  return { recorded: ended, counters: countersOf(await loadMeetingUnit(meeting._id, meeting.unitId)) }
}

const localTime = (at: Date): string => dayjs(at).tz(TZ).format('YYYY年M月D日 HH:mm')

export async function exportMeetingRecord(caller: Caller, id: string): Promise<{ fileName: string; base64: string }> {
  const meeting = await loadMeeting(id)
  const { counters, members } = await listAttendance(caller, id)
  const typeLabel = MEETING_TYPE_LABELS[meeting.type]
  const file = await renderMeetingRecord({
    unitName: meeting.unitName,
    typeLabel,
    title: meeting.title,
    time: `${localTime(meeting.startAt)} – ${dayjs(meeting.endAt).tz(TZ).format('HH:mm')}`,
    place: meeting.place,
    form: meeting.form,
    host: meeting.hostName ?? '',
    agenda: meeting.agenda,
    materials: meeting.materials,
    counters,
    attendees: members,
    ended: hasEnded(now(), meeting),
    minutes: meeting.minutes
  })
  return { fileName: `${meeting.unitName}${typeLabel}记录-${dayjs(meeting.startAt).tz(TZ).format('YYYY-MM-DD')}.docx`, base64: file.toString('base64') }
}
