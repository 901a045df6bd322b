import type { Moderation } from '../../domain/moderation/text-check'
import { database } from '../client'
import type { MeetingDoc } from '../meeting-docs'
import { findById, getById } from '../read'

/** The meetings collection by id: one database call each. */
export const loadMeeting = (id: string): Promise<MeetingDoc> => getById<MeetingDoc>('meetings', id, '会议不存在')

/** The meeting, or null when no meeting has this id yet (a deterministic id being planned). */
export const findMeeting = (id: string): Promise<MeetingDoc | null> => findById<MeetingDoc>('meetings', id)

/** Writes the whole meeting under its id (created or replaced). */
export async function saveMeeting(doc: MeetingDoc): Promise<void> {
  const { _id, ...fields } = doc
  await database().collection('meetings').doc(_id).set(fields)
}

/** The secretary's part of the record. */
export async function saveMeetingMinutes(
  meetingId: string,
  minutes: { content: string; resolutions: string[] },
  at: Date,
  moderation: Moderation
): Promise<void> {
  await database()
    .collection('meetings')
    .doc(meetingId)
    .update({ minutes: { content: minutes.content, resolutions: minutes.resolutions, completedAt: at }, minutesModeration: moderation, updatedAt: at })
}
