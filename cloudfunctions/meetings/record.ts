import dayjs from 'dayjs'
import type { MeetingCounters } from '../_shared/contract/meetings-api'
import { MEETING_TYPE_LABELS } from '../_shared/contract/meetings-rules'
import { database } from '../_shared/data/client'
import type { MeetingDoc, MeetingMemberDoc, MeetingUnitDoc } from '../_shared/data/meeting-docs'
import { incBuckets, incBucketsBy } from '../_shared/data/stats'
import { heldCategories } from '../_shared/domain/dashboard/held'
import { localMonth, periodKeys } from '../_shared/domain/dashboard/periods'
import type { MemberDoc } from '../_shared/data/org-docs'
import { prefix, readAll } from '../_shared/data/query'
import { inTransaction } from '../_shared/data/transaction'
import { renderMeetingRecord } from '../_shared/domain/meetings/record'
import { hasEnded, hasStarted } from '../_shared/domain/meetings/window'
import { TZ } from '../_shared/domain/notices/calendar'
import type { Caller } from '../_shared/domain/org/scope'
import { now } from '../_shared/runtime/clock'
import { AppFailure } from '../_shared/runtime/errors'
import { listAttendance } from './checkin'
import { countersOf, inviteeQuery, loadMeeting, loadMeetingUnit } from './store'
import { changeAttendance, withStatus } from './transitions'
import { guardRun } from './views'

/**
 * Makes attendance final once the meeting is over: everyone invited who
 * neither came nor was given leave is absent, with a 补学 task. Claimed on
 * the meeting first, so two secretaries saving at once finalise it once.
 */
export async function finalize(meeting: MeetingDoc): Promise<boolean> {
  const at = now()
  const claimed = await inTransaction(async (txn) => {
    const ref = txn.collection('meetings').doc(meeting._id)
    const current = (await ref.get()).data as MeetingDoc | null
    if (!current || current.finalizedAt) return false
    await ref.update({ finalizedAt: at })
    return true
  })
  if (!claimed) return false
  await countHeld(meeting)
  const [members, states] = await Promise.all([readAll<MemberDoc>('members', inviteeQuery(meeting, prefix)), readAll<MeetingMemberDoc>('meetingMembers', { meetingId: meeting._id }, { memberId: true, status: true })])
  const settled = new Set(states.filter((s) => s.status !== 'pending' && s.status !== 'leave_requested').map((s) => s.memberId))
  for (const member of members.filter((m) => !settled.has(m._id))) {
    await changeAttendance(meeting, member, (state) => (state.status === 'pending' || state.status === 'leave_requested' ? withStatus(state, 'absent', at) : null))
  }
  return true
}

/**
 * A held meeting counts in its period for every unit it was held for: one
 * more meeting (by category, for the quotas; in the year bucket also by
 * month) and its invited members as the base of attendance rates.
 */
async function countHeld(meeting: MeetingDoc): Promise<void> {
  const units = await readAll<MeetingUnitDoc>('meetingUnits', { meetingId: meeting._id }, { unitId: true, invited: true })
  const unitIds = units.map((u) => u.unitId)
  const keys = periodKeys(meeting.startAt)
  const categories = heldCategories(meeting)
  await incBuckets(unitIds, keys, { meetingsHeld: 1, ...Object.fromEntries(categories.map((c) => [`held.${c}`, 1])) })
  await incBuckets(unitIds, [keys.year], Object.fromEntries(categories.map((c) => [`heldByMonth.${c}.${localMonth(meeting.startAt)}`, 1])))
  await incBucketsBy(units.map((u) => ({ unitId: u.unitId, n: u.invited })), keys, 'meetingInvited')
}

/** The secretary's part of the record: content and resolutions. Attendance fills itself in. */
export async function saveMinutes(caller: Caller, payload: { id: string; content: string; resolutions: string[] }): Promise<{ recorded: boolean; counters: MeetingCounters }> {
  const meeting = await loadMeeting(payload.id)
  guardRun(caller, meeting)
  const at = now()
  if (!hasStarted(at, meeting)) throw new AppFailure('MEETING_NOT_STARTED', '会议开始后才能填写记录')
  await database().collection('meetings').doc(meeting._id).update({ minutes: { content: payload.content, resolutions: payload.resolutions, completedAt: at }, updatedAt: at })
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
