import type { AttendanceStatus } from '../../contract/meetings-api'

/**
 * Why the meeting's officer may call this member, or null: a leave request to
 * decide or follow up, an absence to arrange 补学 for, or a 送学上门 visit.
 * Everyone else stays masked (138****1234) everywhere.
 */
export function mayCall(state: { status: AttendanceStatus; leave: unknown | null; manualReason: string | null }): string | null {
  if (state.leave) return '请假联系'
  if (state.status === 'absent') return '缺席补学联系'
  if (state.manualReason === '送学上门') return '送学上门'
  return null
}
