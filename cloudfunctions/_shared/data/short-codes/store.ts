import type { SceneKind } from '../../domain/short-codes/scene'
import { database } from '../client'
import { findById } from '../read'

/**
 * `shortCodes`: one document per 小程序码 scene (its `_id`), mapping it back to
 * what the code stands for (domain/short-codes/scene.ts says why and how).
 * `expiresAt` is the TTL-like field: a short code is dead once it has passed
 * (the invite's expiry; the check-in token's last valid window), whatever the
 * document still says, and a sweep may delete such documents.
 */
export interface ShortCodeDoc {
  _id: string
  kind: SceneKind
  /** The invite code, or the meeting id. */
  ref: string
  /** Check-in only: the window's signed token, which the scene resolves to while it verifies. */
  token?: string
  createdAt: Date
  expiresAt: Date
}

/**
 * Stores a short code. `set` on the scene's id: the scene is derived from what
 * it stands for, so a retry (or a second host screen in the same window)
 * writes the same document again instead of adding one.
 */
export async function saveShortCode(doc: ShortCodeDoc): Promise<void> {
  const { _id, ...fields } = doc
  await database().collection('shortCodes').doc(_id).set(fields)
}

/** Deletes the short codes of one kind that died before `before` (the `expires` index): one call. */
export async function removeExpiredShortCodes(kind: SceneKind, before: Date): Promise<number> {
  const db = database()
  const { deleted } = (await db
    .collection('shortCodes')
    .where({ kind, expiresAt: db.command.lt(before) })
    .remove()) as { deleted?: number }
  return deleted ?? 0
}

/** The short code behind a scene, or null: one database call. */
export function findShortCode(scene: string): Promise<ShortCodeDoc | null> {
  return findById<ShortCodeDoc>('shortCodes', scene)
}
