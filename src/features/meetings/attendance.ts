import type { AttendanceStatus, AttendeeView } from '@contract/meetings-api'
import { ATTENDANCE_LABELS } from '@contract/meetings-rules'

/** The order the host and the record list statuses in: who is here first, who is still expected last. */
export const STATUS_ORDER: AttendanceStatus[] = ['present', 'late', 'leave_requested', 'leave', 'absent', 'pending']

export interface AttendeeGroup {
  status: AttendanceStatus
  label: string
  members: AttendeeView[]
}

/** Members by status (in STATUS_ORDER), each group by name (a checklist, never a ranking); empty groups left out. */
export function groupAttendees(members: AttendeeView[]): AttendeeGroup[] {
  return STATUS_ORDER.map((status) => ({
    status,
    label: ATTENDANCE_LABELS[status],
    members: members.filter((member) => member.status === status).sort((a, b) => a.name.localeCompare(b.name, 'zh-CN'))
  })).filter((group) => group.members.length > 0)
}

/** Leave requests still waiting for the secretary, by name. */
export function pendingLeave(members: AttendeeView[]): AttendeeView[] {
  return members
    .filter((member) => member.status === 'leave_requested' && member.leave?.decision !== 'approved' && member.leave?.decision !== 'refused')
    .sort((a, b) => a.name.localeCompare(b.name, 'zh-CN'))
}

/** 手动签到 records late once the check-in window is in its late part (or over), else present. */
export function manualStatus(phase: 'not_open' | 'on_time' | 'late' | 'closed'): 'present' | 'late' {
  return phase === 'late' ? 'late' : 'present'
}
