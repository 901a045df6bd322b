import type { FeedbackRecipient } from '../../contract/feedback-api'
import type { HeldKind } from '../../contract/moderation-api'
import type { Capability } from '../../contract/org'
import type { Moderation, ModerationStatus, Scene } from '../../domain/moderation/text-check'
import { database } from '../client'
import { findById } from '../read'

/**
 * Who decides on a held text: officers holding `capability` over the unit
 * (a member's answers: the branch's secretary and those above), or, for
 * 投诉建议, the item's recipient side (domain/feedback/access.ts) — never
 * the sender's own branch. Never the text's own author.
 */
export type HeldAudience =
  | { kind: 'unit'; capability: Capability; unitPath: string }
  | { kind: 'feedback'; to: FeedbackRecipient; recipientUnitId: string; senderId: string; senderUnitId: string }

/**
 * One held text (collection `heldTexts`), `_id` = `<collection>:<record>:<field>`:
 * one per place a text is stored, so a re-save replaces it. It carries the
 * text itself: the officer reads it from here, and the timer checks it again
 * from here. `status` moves held/unchecked → released/returned (kept, so a
 * retried decision answers the same).
 */
export interface HeldTextDoc {
  _id: string
  kind: HeldKind
  collection: string
  docId: string
  /** The record's field holding this text's Moderation. */
  field: string
  version: string
  status: 'held' | 'unchecked' | 'released' | 'returned'
  parts: string[]
  scene: Scene
  authorId: string
  authorOpenId: string
  authorName: string | null
  audience: HeldAudience
  /** For the scope query: the unit's path (unit audience) or '' (feedback). */
  scopePath: string
  /** For the mailbox query: the recipient unit (feedback audience) or ''. */
  recipientUnitId: string
  context: string
  heldAt: Date
  /** Failed checks so far, and when the timer may try again (unchecked only). */
  attempts: number
  nextCheckAt: Date | null
  decidedBy?: string
  decidedAt?: Date
}

export const HELD_TEXTS = 'heldTexts'

export const heldId = (collection: string, docId: string, field: string): string => `${collection}:${docId}:${field}`

export async function putHeld(doc: HeldTextDoc): Promise<void> {
  const { _id, ...rest } = doc
  await database().collection(HELD_TEXTS).doc(_id).set(rest)
}

export function findHeld(id: string): Promise<HeldTextDoc | null> {
  return findById<HeldTextDoc>(HELD_TEXTS, id)
}

/** Forgets a slot's pending entry once its text passed (a decided one stays as the record of the decision). */
export async function dropPending(id: string): Promise<void> {
  const db = database()
  await db
    .collection(HELD_TEXTS)
    .where({ _id: id, status: db.command.in(['held', 'unchecked']) })
    .remove()
}

/**
 * Sets the record's text state, only while it is still this version (a newer
 * save wins): false when the record holds another version (or is gone).
 */
export async function setRecordStatus(entry: Pick<HeldTextDoc, 'collection' | 'docId' | 'field' | 'version'>, status: ModerationStatus): Promise<boolean> {
  const { updated } = (await database()
    .collection(entry.collection)
    .where({ _id: entry.docId, [`${entry.field}.version`]: entry.version })
    .update({ [`${entry.field}.status`]: status })) as { updated?: number }
  if (updated) return true
  // Setting the status it already has updates nothing, yet the record is this version.
  const record = await findById<Record<string, unknown>>(entry.collection, entry.docId)
  return (record?.[entry.field] as Moderation | undefined)?.version === entry.version
}

export async function updateHeld(id: string, patch: Partial<Omit<HeldTextDoc, '_id'>>): Promise<void> {
  await database().collection(HELD_TEXTS).doc(id).update(patch)
}

const LIST_LIMIT = 50

/** Pending entries under any of `paths` or addressed to any of `recipientUnitIds`, oldest first, at most 51 (to tell truncation). */
export async function pendingFor(paths: string[], recipientUnitIds: string[]): Promise<HeldTextDoc[]> {
  if (paths.length === 0 && recipientUnitIds.length === 0) return []
  const db = database()
  const _ = db.command
  const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
  const scopes = [
    ...paths.map((path) => ({ scopePath: db.RegExp({ regexp: '^' + escape(path) }) })),
    ...(recipientUnitIds.length > 0 ? [{ recipientUnitId: _.in(recipientUnitIds) }] : [])
  ]
  const { data } = await db
    .collection(HELD_TEXTS)
    .where(_.and([{ status: _.in(['held', 'unchecked']) }, _.or(scopes)]))
    .orderBy('heldAt', 'asc')
    .limit(LIST_LIMIT + 1)
    .get()
  return data as HeldTextDoc[]
}

/** Unchecked entries whose retry is due, oldest due first, at most `limit`: what one timer run re-checks. */
export async function dueForRecheck(at: Date, limit: number): Promise<HeldTextDoc[]> {
  const db = database()
  const { data } = await db
    .collection(HELD_TEXTS)
    .where({ status: 'unchecked', nextCheckAt: db.command.lte(at) })
    .orderBy('nextCheckAt', 'asc')
    .limit(limit)
    .get()
  return data as HeldTextDoc[]
}

export { LIST_LIMIT as HELD_LIST_LIMIT }
