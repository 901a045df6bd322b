import { noticeMemberId } from '../../domain/notices/counters'
import { database } from '../client'
import type { NoticeMemberDoc } from '../notice-docs'
import { inTransaction } from '../transaction'

export type Review = NonNullable<NoticeMemberDoc['review']>

/**
 * Records a branch's review on the member's submitted answers, in one
 * transaction with the read of their state. False (nothing written) when the
 * member has not submitted. The version moves too: a member editing their
 * answers at this moment starts over and sees the review.
 */
export async function recordReview(noticeId: string, memberId: string, review: Review): Promise<boolean> {
  return inTransaction(async (txn) => {
    const ref = txn.collection('noticeMembers').doc(noticeMemberId(noticeId, memberId))
    const state = (await ref.get()).data as NoticeMemberDoc | null
    if (!state?.submittedAt) return false
    await ref.update({ review: database().command.set(review), version: (state.version ?? 0) + 1 })
    return true
  })
}
