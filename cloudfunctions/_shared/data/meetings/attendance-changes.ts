import { isZero, markChanged, subtract } from '../../domain/counting/counts'
import { attendanceContribution } from '../../domain/counting/lanes'
import { checkInPending } from '../attendance-writes'
import type { MeetingDoc, MeetingMemberDoc } from '../meeting-docs'
import type { MemberDoc } from '../org-docs'
import { inTransaction } from '../transaction'
import { insertOnce } from '../write'
import { emptyAttendance } from './attendance-records'

/** What `change` decided: the new state, or null to write nothing. */
export type AttendanceChange = (state: MeetingMemberDoc, existed: boolean) => MeetingMemberDoc | null

/**
 * Changes one member's attendance in a transaction on their own document
 * (deterministic id: a retry or double tap finds the first write) and marks
 * it for counting; the meeting's lane moves the counters later, once.
 * `change` may throw to refuse: the transaction then writes nothing.
 */
export async function changeAttendance(
  meeting: MeetingDoc,
  member: MemberDoc,
  change: AttendanceChange
): Promise<{ before: MeetingMemberDoc; after: MeetingMemberDoc; changed: boolean }> {
  const result = await inTransaction(async (txn) => {
    const ref = txn.collection('meetingMembers').doc(emptyAttendance(meeting, member)._id)
    const stored = (await ref.get()).data as MeetingMemberDoc | null
    const before = stored ?? emptyAttendance(meeting, member)
    const changed = change(before, stored !== null)
    if (!changed) return { before, after: before, changed: false, counts: false }
    // Only a change of what the record contributes needs counting (a reminder's notifiedAt does not).
    const counts = !isZero(subtract(attendanceContribution(changed), attendanceContribution(before)))
    const after = counts ? { ...changed, ...markChanged(before, stored !== null, attendanceContribution) } : changed
    const { _id, ...fields } = after
    await ref.set(fields)
    return { before, after, changed: true, counts }
  })
  return { before: result.before, after: result.after, changed: result.changed }
}

/**
 * The common case of a check-in, without a transaction: the member's record
 * is not there yet (one insert with the deterministic id) or still `pending`
 * (one conditional update). Either write succeeds for exactly one of
 * several simultaneous taps; anything else (already checked in, on leave, a
 * record from before the counting ledger…) returns false and goes through
 * `changeAttendance`. Counting happens on the meeting's lane, once, later.
 */
export async function firstCheckIn(meeting: MeetingDoc, member: MemberDoc, status: 'present' | 'late', at: Date): Promise<boolean> {
  const fields = { status, checkedInAt: at, method: 'scan' as const, manualReason: null }
  const record = emptyAttendance(meeting, member)
  // Insert first: before the meeting is final most members have no record yet, so one call usually does it.
  return (await insertOnce('meetingMembers', { ...record, ...fields, version: 1, dirty: true })) || checkInPending(record._id, fields)
}
