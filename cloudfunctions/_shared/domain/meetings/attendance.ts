import type { AttendanceStatus, MeetingCounters } from '../../contract/meetings-api'
import { OTHER_REASON, type ManualReason } from '../../contract/meetings-rules'

/**
 * How a change of one member's attendance moves the counters: a status
 * leaves its counter and enters the next one. The counters of every unit up
 * the tree move by the same delta, atomically; statuses that are not final
 * (pending, leave_requested) count nowhere.
 */
export type CounterField = Exclude<keyof MeetingCounters, 'invited'>

const COUNTED: Partial<Record<AttendanceStatus, CounterField>> = { present: 'present', late: 'late', leave: 'leave', absent: 'absent' }

export function statusDelta(from: AttendanceStatus, to: AttendanceStatus): Partial<Record<CounterField, number>> {
  const delta: Partial<Record<CounterField, number>> = {}
  const out = COUNTED[from]
  const into = COUNTED[to]
  if (out === into) return delta
  if (out) delta[out] = -1
  if (into) delta[into] = 1
  return delta
}

/** Leave and absence leave a gap that 补学 closes; being there closes it by itself. */
export const needsMakeup = (status: AttendanceStatus): boolean => status === 'leave' || status === 'absent'

export const attended = (status: AttendanceStatus): boolean => status === 'present' || status === 'late'

export const meetingUnitId = (meetingId: string, unitId: string): string => `${meetingId}:${unitId}`
export const meetingMemberId = (meetingId: string, memberId: string): string => `${meetingId}:${memberId}`

/** The reason kept on a hand mark: 其他 with the host's few words (其他：…), any other reason as it is. */
export function manualReasonText(reason: ManualReason | undefined, text: string | undefined): string | null {
  if (!reason) return null
  const words = text?.trim()
  return reason === OTHER_REASON && words ? `${OTHER_REASON}：${words}` : reason
}
