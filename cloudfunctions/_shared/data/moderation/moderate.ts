import type { HeldKind } from '../../contract/moderation-api'
import { decide, needsCheck, textVersion, wordsOf, type Moderation, type Scene } from '../../domain/moderation/text-check'
import { AppFailure } from '../../runtime/errors'
import { dropPending, heldId, putHeld, type HeldAudience } from './held-store'
import { checkText } from './sec-check'

/** Where one human text is stored and who decides on it if WeChat holds it. */
export interface TextSlot {
  kind: HeldKind
  collection: string
  docId: string
  /** The record's field that keeps this text's Moderation (beside the text). */
  field: string
  scene: Scene
  /** The writer: WeChat checks as them (their openid), and they never decide on their own text. */
  author: { id: string; openid: string; name: string | null }
  audience: HeldAudience
  /** Where it was written, for the decider's list: a notice's or meeting's title. */
  context: string
  /** The field as the author knows it, for CONTENT_RISKY's message: 讨论发言, 请假事由… */
  label: string
}

/** How long after a failed check the timer tries again, by the number of failures so far. */
export const RECHECK_DELAY_MS = [60_000, 5 * 60_000, 30 * 60_000, 2 * 3_600_000]

/**
 * Checks a text before its record is written, once per text version:
 * - the same words as `previous` (already decided) → `previous`, no call;
 * - `risky` → CONTENT_RISKY, naming the field: the caller writes nothing;
 * - `review` → held; the check failing → unchecked (held too): the slot's
 *   entry in `heldTexts` is written first, so a text held on its record is
 *   always on a decider's list (an entry whose record never got this version
 *   is stale, and is dropped when decided or re-checked);
 * - `pass` (or no words at all) → clear.
 * Returns the state to store beside the text.
 */
export async function moderate(
  slot: TextSlot,
  parts: ReadonlyArray<string | null | undefined>,
  previous: Moderation | null | undefined,
  at: Date
): Promise<Moderation> {
  const words = wordsOf(parts)
  const version = textVersion(words)
  if (previous && !needsCheck(previous, version)) return previous
  if (words.length === 0) return { version, status: 'clear' }
  const outcome = await checkText(slot.author.openid, slot.scene, words)
  const decision = decide(outcome)
  if (decision.refuse) {
    throw new AppFailure('CONTENT_RISKY', `${slot.label}含有不宜发布的内容（微信内容安全检查未通过），请修改${slot.label}后再提交`)
  }
  const moderation: Moderation = { version, status: decision.status }
  if (decision.status !== 'clear') {
    await putHeld({
      _id: heldId(slot.collection, slot.docId, slot.field),
      kind: slot.kind,
      collection: slot.collection,
      docId: slot.docId,
      field: slot.field,
      version,
      status: decision.status,
      parts: words,
      scene: slot.scene,
      authorId: slot.author.id,
      authorOpenId: slot.author.openid,
      authorName: slot.author.name,
      audience: slot.audience,
      scopePath: slot.audience.kind === 'unit' ? slot.audience.unitPath : '',
      recipientUnitId: slot.audience.kind === 'feedback' ? slot.audience.recipientUnitId : '',
      context: slot.context,
      heldAt: at,
      attempts: decision.status === 'unchecked' ? 1 : 0,
      nextCheckAt: decision.status === 'unchecked' ? new Date(at.getTime() + RECHECK_DELAY_MS[0]) : null
    })
  }
  return moderation
}

/**
 * After the record is written: a slot that was held and now holds a clear
 * text leaves the deciders' list. (If this never runs, the stale entry is
 * dropped when someone decides on it: its version is no longer the record's.)
 */
export async function settleHeld(
  slot: Pick<TextSlot, 'collection' | 'docId' | 'field'>,
  previous: Moderation | null | undefined,
  next: Moderation
): Promise<void> {
  if (next.status === 'clear' && previous && previous.status !== 'clear') await dropPending(heldId(slot.collection, slot.docId, slot.field))
}

/**
 * Officers' announcements (a meeting's title, place, agenda and materials, a
 * notice's texts, a withdrawal reason, a moved study time's form and place, a
 * hand mark's reason): they reach many people at once and the work depends
 * on them, so they are never held. WeChat's `risky` still refuses them
 * (CONTENT_RISKY, nothing written); `review` and a failed check let them
 * through, logged: the officer writes under their own role and name, and
 * holding a 主题党日's title would stop the meeting. Checked as the writer:
 * their bound WeChat account (a console user calls without an OPENID).
 */
export async function refuseRisky(
  writer: { doc: { openid?: string } },
  scene: Scene,
  parts: ReadonlyArray<string | null | undefined>,
  label: string
): Promise<void> {
  const words = wordsOf(parts)
  if (words.length === 0) return
  const outcome = await checkText(writer.doc.openid ?? '', scene, words)
  if (outcome.ok && outcome.suggest === 'risky') {
    throw new AppFailure('CONTENT_RISKY', `${label}含有不宜发布的内容（微信内容安全检查未通过），请修改${label}后再提交`)
  }
  if (!outcome.ok || outcome.suggest === 'review')
    console.warn(`[msgSecCheck] ${label}：${outcome.ok ? '建议人工审核，已按公告类内容放行' : '未能检查，已放行'}`)
}
