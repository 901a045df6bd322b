import { database } from '../client'
import type { MeetingMemberDoc } from '../meeting-docs'
import { prefix, readAll } from '../query'

/** What a pending request needs of the attendance record. */
const PENDING_FIELDS = { meetingId: true, memberId: true, memberName: true, unitPath: true, leave: true, startAt: true }

/** Leave requests still waiting for a decision from members under any of these paths (the final record turns the rest absent). */
export async function pendingLeaveUnder(unitPaths: readonly string[]): Promise<MeetingMemberDoc[]> {
  // One read per scope (a secretary has one or two); scopes never overlap (managedScopes drops nested ones), but dedupe anyway.
  const lists = await Promise.all(
    unitPaths.map((path) => readAll<MeetingMemberDoc>('meetingMembers', { status: 'leave_requested', unitPath: prefix(path) }, PENDING_FIELDS))
  )
  return [...new Map(lists.flat().map((state) => [state._id, state])).values()]
}

/** How many leave requests wait in each of these meetings, from members under `unitPath`: one read. */
export async function pendingLeaveCounts(meetingIds: readonly string[], unitPath: string): Promise<Map<string, number>> {
  const counts = new Map<string, number>()
  if (meetingIds.length === 0) return counts
  const _ = database().command
  const states = await readAll<{ meetingId: string }>(
    'meetingMembers',
    { meetingId: _.in([...meetingIds]), status: 'leave_requested', unitPath: prefix(unitPath) },
    { meetingId: true }
  )
  for (const { meetingId } of states) counts.set(meetingId, (counts.get(meetingId) ?? 0) + 1)
  return counts
}

/**
 * Claims the one reminder of pending leave a meeting may send its host
 * (before sending: a retried timer finds it claimed and sends nothing).
 */
export async function claimLeaveReminder(meetingId: string, at: Date): Promise<boolean> {
  const { updated } = (await database()
    .collection('meetings')
    .where({ _id: meetingId, leaveRemindedAt: database().command.exists(false) })
    .update({ leaveRemindedAt: at })) as { updated?: number }
  return Boolean(updated)
}
