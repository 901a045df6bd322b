import { noticeMemberId } from '../../domain/notices/counters'
import { database } from '../client'
import type { NoticeDoc, NoticeMemberDoc, NoticeUnitDoc } from '../notice-docs'
import type { MemberDoc } from '../org-docs'
import { readAll } from '../query'
import { inTransaction } from '../transaction'

/** Writes of a notice's later life: a correction (更正) and a withdrawal (撤回, notices/withdraw.ts). */

/** The corrected texts and the note members see; answers are not touched. */
export async function saveCorrection(
  noticeId: string,
  fields: Pick<NoticeDoc, 'theme' | 'materials' | 'discussion'>,
  correction: NonNullable<NoticeDoc['correction']>
): Promise<void> {
  const _ = database().command
  await database()
    .collection('notices')
    .doc(noticeId)
    .update({
      theme: fields.theme,
      materials: _.set(fields.materials),
      discussion: _.set(fields.discussion),
      correction: _.set(correction),
      updatedAt: correction.at
    })
}

/**
 * The first step of a withdrawal, in one transaction with the read: the notice
 * becomes `withdrawn` (members and branches can no longer act on it). A retry
 * finds the withdrawal already started and gets it back unchanged.
 */
export async function startWithdrawal(
  noticeId: string,
  withdrawal: NonNullable<NoticeDoc['withdrawal']>
): Promise<NonNullable<NoticeDoc['withdrawal']> | null> {
  return inTransaction(async (txn) => {
    const ref = txn.collection('notices').doc(noticeId)
    const notice = (await ref.get()).data as NoticeDoc | null
    if (!notice) return null
    if (notice.withdrawal) return notice.withdrawal
    if (notice.status !== 'published') return null
    await ref.update({ status: 'withdrawn', withdrawal: database().command.set(withdrawal), updatedAt: withdrawal.at })
    return withdrawal
  })
}

/** The publish's amounts to take back, saved on the notice before they are applied (so a retry clears the same markers). */
export async function saveWithdrawalReversal(noticeId: string, reversal: NonNullable<NonNullable<NoticeDoc['withdrawal']>['reversal']>): Promise<void> {
  await database()
    .collection('notices')
    .doc(noticeId)
    .update({ 'withdrawal.reversal': database().command.set(reversal) })
}

export async function finishWithdrawal(noticeId: string): Promise<void> {
  await database().collection('notices').doc(noticeId).update({ 'withdrawal.phase': 'done' })
}

/** A notice's (notice, unit) documents, whatever their number. */
export const noticeUnitsOf = (noticeId: string): Promise<NoticeUnitDoc[]> => readAll<NoticeUnitDoc>('noticeUnits', { noticeId })

/** Members by id, for messages (openid): one call per thousand. */
export const membersByIds = (ids: readonly string[]): Promise<MemberDoc[]> =>
  ids.length === 0 ? Promise.resolve([]) : readAll<MemberDoc>('members', { _id: database().command.in([...ids]) })

/** Claims the one withdrawal message to this member: false when a retry already used it. */
export async function claimWithdrawalMessage(noticeId: string, memberId: string, at: Date): Promise<boolean> {
  return inTransaction(async (txn) => {
    const ref = txn.collection('noticeMembers').doc(noticeMemberId(noticeId, memberId))
    const state = (await ref.get()).data as NoticeMemberDoc | null
    if (!state || state.withdrawalToldAt) return false
    await ref.update({ withdrawalToldAt: at, version: (state.version ?? 0) + 1 })
    return true
  })
}

/** Whether any state of the notice is still waiting to be counted. */
export async function hasDirtyStates(noticeId: string): Promise<boolean> {
  const { total } = await database().collection('noticeMembers').where({ noticeId, dirty: true }).count()
  return total > 0
}

/** The notice's (notice, unit) documents are removed last: a withdrawn notice is in no unit's list and no count. */
export async function removeNoticeUnits(noticeId: string): Promise<void> {
  await database().collection('noticeUnits').where({ noticeId }).remove()
}
