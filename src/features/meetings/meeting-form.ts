import type { MeetingDetail, MeetingForm, MeetingInput, MeetingType } from '@contract/meetings-api'
import { CHECKIN_OPENS_MINUTES_BEFORE, MEETING_FORMS, MEETING_TYPES } from '@contract/meetings-rules'
import { formatShanghai, isIsoDate, shanghaiDay, shanghaiInstant } from '@/lib/calendar'
import { defaultMeetingTitle } from './format'
import { isClockTime } from './rule-dates'

/**
 * The meeting form as the edit page holds it (text as typed) and the
 * MeetingInput it sends. The limits are the server's (cloudfunctions/meetings
 * schemas), checked here first so the secretary sees every problem at once.
 */
export const MEETING_LIMITS = { title: 60, place: 80, agendaItem: 200, agendaItems: 20, material: 300, materials: 30, checkinOpens: 24 * 60 }

export interface MeetingFormState {
  type: MeetingType
  title: string
  /** The secretary typed the title: a new type or date no longer rewrites it. */
  titleEdited: boolean
  /** Shanghai day, YYYY-MM-DD. */
  date: string
  startTime: string
  endTime: string
  place: string
  form: MeetingForm
  agenda: string[]
  materials: string[]
  /** 集体学习 only: the study notice it covers. */
  noticeId: string
  checkinOpens: string
  /** Kept as they are when editing: the form does not change them. */
  hostId?: string | null
  checkinClosesMinutesAfter?: number
}

const DAY_MS = 86_400_000

/** A new meeting: tomorrow (Shanghai) 15:00–17:00, offline, check-in 30 minutes ahead. */
export function emptyMeetingForm(now: Date): MeetingFormState {
  const date = shanghaiDay(new Date(now.getTime() + DAY_MS))
  const type: MeetingType = 'general_meeting'
  return {
    type,
    title: defaultMeetingTitle(type, date),
    titleEdited: false,
    date,
    startTime: '15:00',
    endTime: '17:00',
    place: '',
    form: '线下',
    agenda: [''],
    materials: [''],
    noticeId: '',
    checkinOpens: String(CHECKIN_OPENS_MINUTES_BEFORE)
  }
}

function minutesBetween(from: string, to: string): number {
  return Math.round((new Date(to).getTime() - new Date(from).getTime()) / 60_000)
}

/** An existing meeting, to edit. */
export function meetingFormFrom(meeting: MeetingDetail): MeetingFormState {
  const start = formatShanghai(meeting.startAt)
  return {
    type: meeting.type,
    title: meeting.title,
    titleEdited: true,
    date: start.slice(0, 10),
    startTime: start.slice(11, 16),
    endTime: formatShanghai(meeting.endAt).slice(11, 16),
    place: meeting.place,
    form: meeting.form,
    agenda: meeting.agenda.length ? meeting.agenda : [''],
    materials: meeting.materials.length ? meeting.materials : [''],
    noticeId: meeting.noticeId ?? '',
    checkinOpens: String(Math.max(0, minutesBetween(meeting.checkinOpensAt, meeting.startAt))),
    hostId: meeting.host?.id ?? null,
    checkinClosesMinutesAfter: Math.max(0, minutesBetween(meeting.endAt, meeting.checkinClosesAt))
  }
}

/** Applies a change; an untouched title follows the type and the date. */
export function changeMeetingForm(form: MeetingFormState, patch: Partial<MeetingFormState>): MeetingFormState {
  const next = { ...form, ...patch }
  if ('title' in patch) next.titleEdited = next.title.trim() !== ''
  if (!next.titleEdited && ('type' in patch || 'date' in patch || ('title' in patch && !next.title.trim()))) {
    next.title = defaultMeetingTitle(next.type, next.date)
  }
  return next
}

function lines(items: string[]): string[] {
  return items.map((item) => item.trim()).filter(Boolean)
}

/** The MeetingInput to send, or every problem in Chinese. */
export function meetingInputFrom(form: MeetingFormState): { input?: MeetingInput; problems: string[] } {
  const problems: string[] = []
  const title = form.title.trim()
  const place = form.place.trim()
  const agenda = lines(form.agenda)
  const materials = lines(form.materials)
  const opens = Number(form.checkinOpens.trim())
  if (!MEETING_TYPES.includes(form.type)) problems.push('请选择会议类型')
  if (title.length < 2 || title.length > MEETING_LIMITS.title) problems.push(`请填写会议名称（2–${MEETING_LIMITS.title} 字）`)
  const date = form.date.trim()
  const startAt = isIsoDate(date) && isClockTime(form.startTime.trim()) ? shanghaiInstant(date, form.startTime.trim()) : null
  const endAt = isIsoDate(date) && isClockTime(form.endTime.trim()) ? shanghaiInstant(date, form.endTime.trim()) : null
  if (!isIsoDate(date)) problems.push('日期应写成 YYYY-MM-DD，如 2026-12-11')
  if (!isClockTime(form.startTime.trim())) problems.push('开始时间应写成 HH:mm，如 15:00')
  if (!isClockTime(form.endTime.trim())) problems.push('结束时间应写成 HH:mm，如 17:00')
  if (startAt && endAt && endAt <= startAt) problems.push('结束时间应晚于开始时间')
  if (place.length < 2 || place.length > MEETING_LIMITS.place) problems.push(`请填写地点（2–${MEETING_LIMITS.place} 字）`)
  if (!MEETING_FORMS.includes(form.form)) problems.push('请选择线下、线上或线上线下')
  if (agenda.length > MEETING_LIMITS.agendaItems) problems.push(`议程不超过 ${MEETING_LIMITS.agendaItems} 项`)
  agenda.forEach((item, index) => {
    if (item.length > MEETING_LIMITS.agendaItem) problems.push(`议程第 ${index + 1} 项不超过 ${MEETING_LIMITS.agendaItem} 字`)
  })
  if (materials.length > MEETING_LIMITS.materials) problems.push(`学习材料不超过 ${MEETING_LIMITS.materials} 项`)
  materials.forEach((item, index) => {
    if (item.length > MEETING_LIMITS.material) problems.push(`学习材料第 ${index + 1} 项不超过 ${MEETING_LIMITS.material} 字`)
  })
  if (!Number.isInteger(opens) || opens < 0 || opens > MEETING_LIMITS.checkinOpens) problems.push(`签到提前开放时间应为 0–${MEETING_LIMITS.checkinOpens} 分钟`)
  if (problems.length || !startAt || !endAt) return { problems }

  const input: MeetingInput = {
    type: form.type,
    title,
    startAt,
    endAt,
    place,
    form: form.form,
    agenda,
    materials,
    // Only 集体学习 covers a study notice; another type drops a link picked before the type changed.
    noticeId: form.type === 'collective_study' && form.noticeId.trim() ? form.noticeId.trim() : null,
    checkinOpensMinutesBefore: opens
  }
  if (form.hostId !== undefined) input.hostId = form.hostId
  if (form.checkinClosesMinutesAfter !== undefined) input.checkinClosesMinutesAfter = form.checkinClosesMinutesAfter
  return { input, problems }
}
