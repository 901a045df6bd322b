import dayjs from 'dayjs'
import type { AttendanceStatus, MakeupStudy } from '../../contract/meetings-api'
import { MAKEUP_DAYS } from '../../contract/meetings-rules'
import { TZ } from '../calendar'
import { needsMakeup } from './attendance'

/** A 补学 task as stored on a member's attendance. */
export interface MakeupTask {
  /** Absent on tasks written before tasks waited for the meeting's end: those are open. */
  opensAt?: Date
  dueAt: Date
  reflection: string | null
  completedAt: Date | null
}

/** 补学 is due at the end of the local day, 14 days on. */
export const makeupDue = (at: Date): Date => dayjs(at).tz(TZ).add(MAKEUP_DAYS, 'day').endOf('day').toDate()

/** A task opens once the meeting has ended (leave approved a week ahead does not open it early); it is due 14 days after it opens. */
export function openMakeup(at: Date, meetingEndAt: Date): MakeupTask {
  const opensAt = at.getTime() > meetingEndAt.getTime() ? at : meetingEndAt
  return { opensAt, dueAt: makeupDue(opensAt), reflection: null, completedAt: null }
}

/** Whether the task may be studied and submitted at `at`. */
export const isMakeupOpen = (task: Pick<MakeupTask, 'opensAt'>, at: Date): boolean => !task.opensAt || task.opensAt.getTime() <= at.getTime()

/**
 * A member's attendance after a change of status: leave or absence opens a
 * 补学 task (once; it opens when the meeting ends), coming after all closes
 * an unfinished one.
 */
export function withStatus<S extends { status: AttendanceStatus; makeup: MakeupTask | null }>(
  state: S,
  status: AttendanceStatus,
  at: Date,
  meetingEndAt: Date
): S {
  let makeup = state.makeup
  if (needsMakeup(status) && !makeup) makeup = openMakeup(at, meetingEndAt)
  if (!needsMakeup(status) && makeup && !makeup.completedAt) makeup = null
  return { ...state, status, makeup }
}

/**
 * What a 补学 task asks to study: the meeting's materials, else its minutes
 * (once written), else its agenda; a task never says just "no materials".
 */
export function makeupStudy(meeting: { materials: string[]; agenda: string[]; minutes: { content: string; resolutions: string[] } | null }): MakeupStudy {
  const minutes = meeting.minutes?.content.trim() ? meeting.minutes.content : null
  const resolutions = meeting.minutes?.resolutions ?? []
  const base = { materials: meeting.materials, minutes, resolutions, agenda: meeting.agenda }
  if (meeting.materials.length > 0) return { ...base, hint: `请学习本次会议的 ${meeting.materials.length} 项学习材料${minutes ? '和会议记录' : ''}。` }
  if (minutes) return { ...base, hint: '本次会议未列学习材料，请学习下面的会议记录（主要内容和决议）。' }
  if (meeting.agenda.length > 0) return { ...base, hint: '会议记录尚未填写，请按下面的会议议程学习，并可向支部书记了解会议内容。' }
  return { ...base, hint: '本次会议未列学习材料，记录尚未填写：请向支部书记了解会议内容后学习。' }
}
