import type { AttendanceStatus, LeaveRequestOf, LeaveView, MakeupOf, MakeupView, MeetingType } from '../../contract/meetings-api'
import type { HistoryItem } from '../../contract/me'

/** What a history line needs of the stored attendance record (dates as stored). */
export interface StoredAttendance {
  meetingId: string
  startAt: Date
  status: AttendanceStatus
  checkedInAt: Date | null
  method: 'scan' | 'manual' | null
  leave: LeaveRequestOf<Date> | null
  makeup: MakeupOf<Date> | null
}

/** What it needs of the meeting, when it is still there. */
export interface StoredMeeting {
  title: string
  type: MeetingType
  unitName: string
  startAt: Date
}

const iso = (at: Date | null | undefined): string | null => (at ? at.toISOString() : null)

/** Only the member's own view of the leave: who decided stays with the secretary. */
function leaveView(leave: LeaveRequestOf<Date> | null): LeaveView | null {
  if (!leave) return null
  return {
    reason: leave.reason,
    requestedAt: leave.requestedAt.toISOString(),
    decision: leave.decision,
    comment: leave.comment,
    decidedAt: iso(leave.decidedAt)
  }
}

function makeupView(makeup: MakeupOf<Date> | null): MakeupView | null {
  return makeup ? { dueAt: makeup.dueAt.toISOString(), reflection: makeup.reflection, completedAt: iso(makeup.completedAt) } : null
}

/** One line of 我的记录: the meeting as it went for me. A meeting deleted since still shows what I did. */
export function historyItem(state: StoredAttendance, meeting: StoredMeeting | undefined): HistoryItem {
  return {
    meetingId: state.meetingId,
    title: meeting?.title ?? '会议（已删除）',
    type: meeting?.type ?? null,
    unitName: meeting?.unitName ?? '',
    startAt: (meeting?.startAt ?? state.startAt).toISOString(),
    status: state.status,
    checkedInAt: iso(state.checkedInAt),
    method: state.method,
    leave: leaveView(state.leave),
    makeup: makeupView(state.makeup)
  }
}
