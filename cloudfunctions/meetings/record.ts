import type { MemberDoc } from '../_shared/data/org-docs'
import { moderate, settleHeld } from '../_shared/data/moderation/moderate'
import { minutesSlot } from './text-slots'
import { releasedMinutes } from './present'
import dayjs from 'dayjs'
import type { AttendeeView, MeetingCounters } from '../_shared/contract/meetings-api'
import { MEETING_TYPE_LABELS } from '../_shared/contract/meetings-rules'
import { loadMeetingUnit } from '../_shared/data/meetings/meeting-counters'
import { loadMeeting, saveMeetingMinutes } from '../_shared/data/meetings/meeting-store'
import { renderMeetingRecord } from '../_shared/domain/meetings/record'
import { hasEnded, hasStarted } from '../_shared/domain/meetings/window'
import { TZ } from '../_shared/domain/calendar'
import { meetingTimeText } from '../_shared/domain/record-table'
import type { Caller } from '../_shared/domain/org/scope'
import { now } from '../_shared/runtime/clock'
import { AppFailure } from '../_shared/runtime/errors'
import { listAttendance } from './checkin'
import { finalize } from './finalize'
import { guardRun } from './guards'
import { countersOf } from './present'

/** The secretary's part of the record: content and resolutions. Attendance fills itself in. */
export async function saveMinutes(
  caller: Caller & { doc: MemberDoc },
  payload: { id: string; content: string; resolutions: string[] }
): Promise<{ recorded: boolean; counters: MeetingCounters }> {
  const meeting = await loadMeeting(payload.id)
  guardRun(caller, meeting)
  const at = now()
  if (!hasStarted(at, meeting)) throw new AppFailure('MEETING_NOT_STARTED', '会议开始后才能填写记录')
  // Content security before the minutes are written (the same content and resolutions again are not checked again).
  const slot = minutesSlot(meeting, caller.doc)
  const moderation = await moderate(slot, [payload.content, ...payload.resolutions], meeting.minutesModeration, at)
  await saveMeetingMinutes(meeting._id, payload, at, moderation)
  await settleHeld(slot, meeting.minutesModeration, moderation)
  const ended = hasEnded(at, meeting)
  if (ended) await finalize(meeting)
  return { recorded: ended, counters: countersOf(await loadMeetingUnit(meeting._id, meeting.unitId)) }
}

/** The exported record leaves the app: texts content security still holds are not in it. */
function withoutHeldTexts(attendee: AttendeeView): AttendeeView {
  const held = attendee.moderation
  if (!held) return attendee
  return {
    ...attendee,
    leave: attendee.leave
      ? {
          ...attendee.leave,
          reason: held.leave ? '（审核中）' : attendee.leave.reason,
          comment: held.leaveComment && attendee.leave.comment ? '（审核中）' : attendee.leave.comment
        }
      : null,
    makeup: attendee.makeup && held.makeup ? { ...attendee.makeup, reflection: '（审核中）' } : attendee.makeup
  }
}

export async function exportMeetingRecord(caller: Caller, id: string): Promise<{ fileName: string; base64: string }> {
  const meeting = await loadMeeting(id)
  const { counters, members } = await listAttendance(caller, id)
  const typeLabel = MEETING_TYPE_LABELS[meeting.type]
  const file = await renderMeetingRecord({
    unitName: meeting.unitName,
    typeLabel,
    title: meeting.title,
    time: meetingTimeText(meeting.startAt, meeting.endAt),
    place: meeting.place,
    form: meeting.form,
    host: meeting.hostName ?? '',
    agenda: meeting.agenda,
    materials: meeting.materials,
    counters,
    attendees: members.map(withoutHeldTexts),
    ended: hasEnded(now(), meeting),
    // The record leaves the app as a document: held minutes stay out of it until released.
    minutes: releasedMinutes(meeting).minutes
  })
  return { fileName: `${meeting.unitName}${typeLabel}记录-${dayjs(meeting.startAt).tz(TZ).format('YYYY-MM-DD')}.docx`, base64: file.toString('base64') }
}
