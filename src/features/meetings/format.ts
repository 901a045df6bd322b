import type { AttendanceStatus, CheckinPhase, LeaveView, MeetingCounters, MeetingType, MyAttendance } from '@contract/meetings-api'
import { ATTENDANCE_LABELS, MEETING_TYPE_LABELS } from '@contract/meetings-rules'
import { formatShanghai, weekdayLabel, weekdayOf } from '@/lib/calendar'

/**
 * How the meetings UI names and shows things. Plain functions (no Taro), so
 * 首页 can use them without pulling the subpackage in, and jest can test them.
 * Times are shown in Shanghai time whatever the device's zone, with the same
 * fixed +08:00 helpers as the notices UI (China has no daylight saving, and
 * Intl time zones are not dependable in every mini-program runtime).
 */

/** "2026-12-11 星期五 15:00–17:00"; an end on another day is written out in full. */
export function formatMeetingTime(startAt: string, endAt: string): string {
  const start = formatShanghai(startAt)
  const end = formatShanghai(endAt)
  const day = start.slice(0, 10)
  const weekday = weekdayLabel(weekdayOf(day))
  const head = `${day}${weekday ? ` ${weekday}` : ''} ${start.slice(11)}`
  return end.slice(0, 10) === day ? `${head}–${end.slice(11)}` : `${head} 至 ${end}`
}

/** The check-in window: "14:30–17:00" on the meeting's day, in full when it spans days. */
export function formatWindow(opensAt: string, closesAt: string, meetingStartAt: string): string {
  const opens = formatShanghai(opensAt)
  const closes = formatShanghai(closesAt)
  const day = formatShanghai(meetingStartAt).slice(0, 10)
  if (opens.slice(0, 10) === day && closes.slice(0, 10) === day) return `${opens.slice(11)}–${closes.slice(11)}`
  return `${opens} 至 ${closes}`
}

/** The default title of a meeting: "12月11日党员大会" from its type and Shanghai date (YYYY-MM-DD). */
export function defaultMeetingTitle(type: MeetingType, date: string): string {
  const match = /^\d{4}-(\d{2})-(\d{2})$/.exec(date)
  const label = MEETING_TYPE_LABELS[type]
  return match ? `${Number(match[1])}月${Number(match[2])}日${label}` : label
}

export type Tone = 'ok' | 'warn' | 'muted' | 'bad'

/** A status in words, with "· 已补学" once the 补学 is done (and "· 待补学" while it is open). */
export function attendanceText(status: AttendanceStatus, makeup: { completedAt: string | null } | null): string {
  const base = ATTENDANCE_LABELS[status]
  if (!makeup) return base
  return `${base} · ${makeup.completedAt ? '已补学' : '待补学'}`
}

export function attendanceTone(status: AttendanceStatus): Tone {
  if (status === 'present') return 'ok'
  if (status === 'late' || status === 'leave_requested') return 'warn'
  if (status === 'absent') return 'bad'
  return 'muted'
}

/** A member's own state on a meeting, for cards. */
export function mineText(mine: MyAttendance): { text: string; tone: Tone } {
  return { text: attendanceText(mine.status, mine.makeup), tone: mine.makeup && !mine.makeup.completedAt ? 'warn' : attendanceTone(mine.status) }
}

export const LEAVE_DECISION_LABELS: Record<LeaveView['decision'], string> = {
  pending: '待批准',
  approved: '已批准',
  refused: '未批准'
}

export const PHASE_LABELS: Record<CheckinPhase, string> = {
  not_open: '未开始',
  on_time: '签到中',
  late: '迟到签到',
  closed: '已结束'
}

/** The counters of a meeting on one line: 应到 6 · 出席 4 · 迟到 0 · 请假 1 · 缺席 1 · 已补学 1. */
export function countersText(counters: MeetingCounters): string {
  return `应到 ${counters.invited} · 出席 ${counters.present} · 迟到 ${counters.late} · 请假 ${counters.leave} · 缺席 ${counters.absent} · 已补学 ${counters.madeUp}`
}

/** Whether an instant is still ahead. A hint for showing buttons only: the server's clock decides. */
export function isAhead(iso: string, now: Date): boolean {
  const at = new Date(iso).getTime()
  return Number.isFinite(at) && at > now.getTime()
}
