import type { Moderation } from '../../domain/moderation/text-check'
import type { FeedbackRecipient } from '../../contract/feedback-api'
import type { FeedbackDoc } from '../feedback-docs'
import { database } from '../client'
import { findById } from '../read'
import { insertOnce } from '../write'

const COLLECTION = 'feedback'

/** Inserts the item unless a retry already did: false when it was there. */
export function insertFeedback(doc: FeedbackDoc): Promise<boolean> {
  return insertOnce(COLLECTION, doc)
}

export function findFeedback(id: string): Promise<FeedbackDoc | null> {
  return findById<FeedbackDoc>(COLLECTION, id)
}

/** How many items the member sent since `since` (the `sender_created` index). */
export async function countSentSince(senderId: string, since: Date): Promise<number> {
  const db = database()
  const { total } = await db
    .collection(COLLECTION)
    .where({ senderId, createdAt: db.command.gte(since) })
    .count()
  return total
}

/** The member's own items, newest first. */
export async function sentBy(senderId: string, limit: number): Promise<FeedbackDoc[]> {
  const { data } = await database().collection(COLLECTION).where({ senderId }).orderBy('createdAt', 'desc').limit(limit).get()
  return (data as FeedbackDoc[]).filter((doc) => doc.senderId === senderId)
}

/** Open items of one mailbox, oldest first (the `recipient_open` index). */
export async function openFor(to: FeedbackRecipient, recipientUnitId: string, limit: number): Promise<FeedbackDoc[]> {
  const { data } = await database().collection(COLLECTION).where({ recipientUnitId, to, status: 'open' }).orderBy('createdAt', 'asc').limit(limit).get()
  return data as FeedbackDoc[]
}

/**
 * Records the reply on an item still open, or replaces a reply content security did not let through (held, unchecked,
 * 退回): false if it was already answered (a race, a second reply).
 */
export async function answerFeedback(id: string, reply: FeedbackDoc['reply'], replyModeration: Moderation): Promise<boolean> {
  const db = database()
  const _ = db.command
  const { updated } = (await db
    .collection(COLLECTION)
    .where(_.and([{ _id: id }, _.or([{ status: 'open' }, { status: 'answered', 'replyModeration.status': _.in(['held', 'unchecked', 'returned']) }])]))
    .update({ status: 'answered', reply: db.command.set(reply), replyModeration: db.command.set(replyModeration) })) as { updated?: number }
  return Boolean(updated)
}
