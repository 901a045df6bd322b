import dayjs from 'dayjs'
import type { MeetingCounters } from '../_shared/contract/meetings-api'
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
  caller: Caller,
  payload: { id: string; content: string; resolutions: string[] }
): Promise<{ recorded: boolean; counters: MeetingCounters }> {
  const meeting = await loadMeeting(payload.id)
  guardRun(caller, meeting)
  const at = now()
  if (!hasStarted(at, meeting)) throw new AppFailure('MEETING_NOT_STARTED', '会议开始后才能填写记录')
  await saveMeetingMinutes(meeting._id, payload, at)
  const ended = hasEnded(at, meeting)
  if (ended) await finalize(meeting)
  return { recorded: ended, counters: countersOf(await loadMeetingUnit(meeting._id, meeting.unitId)) }
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
    attendees: members,
    ended: hasEnded(now(), meeting),
    minutes: meeting.minutes
  })
  return { fileName: `${meeting.unitName}${typeLabel}记录-${dayjs(meeting.startAt).tz(TZ).format('YYYY-MM-DD')}.docx`, base64: file.toString('base64') }
}
