import { decisionScopes, mayDecide } from '../_shared/access/moderation'
import { HELD_KIND_LABELS, type HeldDecision, type HeldTextView } from '../_shared/contract/moderation-api'
import { findHeld, HELD_LIST_LIMIT, pendingFor, setRecordStatus, updateHeld, type HeldTextDoc } from '../_shared/data/moderation/held-store'
import type { Caller } from '../_shared/domain/org/scope'
import { now } from '../_shared/runtime/clock'
import { AppErrorCode, AppFailure } from '../_shared/runtime/errors'

const view = (doc: HeldTextDoc): HeldTextView => ({
  id: doc._id,
  kind: doc.kind,
  context: doc.context || HELD_KIND_LABELS[doc.kind],
  authorName: doc.authorName,
  text: doc.parts.join('\n\n'),
  status: doc.status === 'unchecked' ? 'unchecked' : 'held',
  heldAt: new Date(doc.heldAt).toISOString()
})

/** 工作台 待处理: the held texts the caller decides on, oldest first (at most 50; the rest after these are decided). */
export async function listHeld(caller: Caller): Promise<{ items: HeldTextView[]; truncated: boolean }> {
  const { paths, recipientUnitIds } = decisionScopes(caller)
  const docs = await pendingFor(paths, recipientUnitIds)
  const mine = docs.filter((doc) => mayDecide(caller, doc.audience, doc.authorId))
  return { items: mine.slice(0, HELD_LIST_LIMIT).map(view), truncated: docs.length > HELD_LIST_LIMIT }
}

const NOT_FOUND = '没有找到这条待审核的内容，可能已被处理或作者已修改'

/**
 * 释放 (everyone who may read the record sees it) or 退回 (only its author,
 * marked 未通过审核). The same refusal for "not there" and "not yours", so a
 * caller outside the scope learns nothing. A retried decision answers what
 * was decided; a text its author has since changed is no longer this entry's.
 */
export async function decideHeld(caller: Caller, payload: { id: string; decision: HeldDecision }): Promise<{ status: 'clear' | 'returned' }> {
  const entry = await findHeld(payload.id)
  if (!entry || !mayDecide(caller, entry.audience, entry.authorId)) throw new AppFailure(AppErrorCode.NOT_FOUND, NOT_FOUND)
  if (entry.status === 'released' || entry.status === 'returned') {
    if (entry.decidedBy === caller.memberId) return { status: entry.status === 'released' ? 'clear' : 'returned' }
    throw new AppFailure(AppErrorCode.NOT_FOUND, NOT_FOUND)
  }
  const status = payload.decision === 'release' ? 'clear' : 'returned'
  const at = now()
  if (!(await setRecordStatus(entry, status))) {
    await updateHeld(entry._id, { status: 'released', nextCheckAt: null, decidedBy: 'stale', decidedAt: at })
    throw new AppFailure(AppErrorCode.NOT_FOUND, NOT_FOUND)
  }
  await updateHeld(entry._id, { status: status === 'clear' ? 'released' : 'returned', nextCheckAt: null, decidedBy: caller.memberId, decidedAt: at })
  return { status }
}
