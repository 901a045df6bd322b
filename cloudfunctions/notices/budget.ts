import type { NoticeMemberDoc } from '../_shared/data/notice-docs'
import type { MemberDoc } from '../_shared/data/org-docs'
import { inTransaction } from '../_shared/data/transaction'
import { noticeMemberId } from '../_shared/domain/notices/counters'
import { now } from '../_shared/runtime/clock'
import { emptyMemberState } from './store'

/**
 * Claims this notice's one message to the member (creating their state
 * lazily). False when it was already used: a double tap or a retry of 推送,
 * or the timer after a push, sends nothing more.
 */
export async function markNotifiedOnce(noticeId: string, member: MemberDoc): Promise<boolean> {
  return inTransaction(async (txn) => {
    const ref = txn.collection('noticeMembers').doc(noticeMemberId(noticeId, member._id))
    const state = ((await ref.get()).data as NoticeMemberDoc | null) ?? emptyMemberState(noticeId, member)
    if (state.notifiedAt) return false
    // Every write moves the version, so a member's concurrent write (data/versioned.ts) starts over.
    const { _id, ...fields } = { ...state, notifiedAt: now(), version: (state.version ?? 0) + 1 }
    await ref.set(fields)
    return true
  })
}
