import { noticeMemberId } from '../../domain/notices/counters'
import { database } from '../client'
import type { NoticeMemberDoc } from '../notice-docs'
import { inTransaction } from '../transaction'
import { emptyMemberState } from './member-state'

/**
 * Claims this notice's one message to the member (creating their state
 * lazily). False when it was already used: a double tap or a retry of 推送,
 * or the timer after a push, sends nothing more.
 */
export async function claimNotification(noticeId: string, member: { _id: string; name: string; unitId: string; unitPath: string }, at: Date): Promise<boolean> {
  return inTransaction(async (txn) => {
    const ref = txn.collection('noticeMembers').doc(noticeMemberId(noticeId, member._id))
    const state = ((await ref.get()).data as NoticeMemberDoc | null) ?? emptyMemberState(noticeId, member)
    if (state.notifiedAt) return false
    // Every write moves the version, so a member's concurrent write (data/versioned.ts) starts over.
    const { _id, ...fields } = { ...state, notifiedAt: at, version: (state.version ?? 0) + 1 }
    await ref.set(fields)
    return true
  })
}

/** Gives the claim back when nothing could be sent (no consent), so a later push or reminder may try again. */
export async function releaseNotification(noticeId: string, memberId: string): Promise<void> {
  await database()
    .collection('noticeMembers')
    .doc(noticeMemberId(noticeId, memberId))
    .update({ notifiedAt: null, version: database().command.inc(1) })
}
