import { database } from './client'
import type { MakeupRecord } from './meeting-docs'

/**
 * The bulk and conditional writes of meeting attendance that need no
 * transaction (data/counting.ts explains the ledger fields they set).
 */

/** A pending record (with its ledger) checked in by one atomic update; false when it is not pending any more, or absent. */
export async function checkInPending(recordId: string, fields: Record<string, unknown>): Promise<boolean> {
  const _ = database().command
  const { updated } = (await database()
    .collection('meetingMembers')
    .where({ _id: recordId, status: 'pending', countedAs: _.exists(true) })
    .update({ ...fields, dirty: true, version: _.inc(1) })) as { updated?: number }
  return Boolean(updated)
}

const OPEN = ['pending', 'leave_requested']

/** Every record of the meeting still open becomes absent with its 补学 task, marked for counting. Repeating it changes nothing. */
export async function markOpenAbsent(meetingId: string, makeup: MakeupRecord): Promise<void> {
  const db = database()
  const _ = db.command
  // Records from before the counting ledger: an open status counted nothing.
  await db
    .collection('meetingMembers')
    .where({ meetingId, status: _.in(OPEN), countedAs: _.exists(false) })
    .update({ countedAs: _.set({}) })
  await db
    .collection('meetingMembers')
    .where({ meetingId, status: _.in(OPEN) })
    .update({ status: 'absent', makeup: _.set(makeup), dirty: true, version: _.inc(1) })
}

export async function markFinalized(meetingId: string, at: Date): Promise<void> {
  await database().collection('meetings').doc(meetingId).update({ finalizedAt: at })
}
