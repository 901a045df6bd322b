import { noticeUnitId } from '../../domain/notices/counters'
import { pathIds } from '../../domain/org-path'
import { database } from '../client'
import type { NoticeUnitDoc } from '../notice-docs'
import { inTransaction } from '../transaction'

/** Writes on a branch's (notice, unit) document: when it pushed, reminded, or moved the study time. */

export async function markPushed(noticeId: string, unitId: string, at: Date): Promise<void> {
  await database().collection('noticeUnits').doc(noticeUnitId(noticeId, unitId)).update({ pushedAt: at })
}

/**
 * Claims the branch's one 一键催办 of the (Shanghai) day, in one transaction
 * with the read: false when it was used already (a double tap sends once).
 * Resolves with the day it replaced, to give the claim back if nobody was reached.
 */
export async function claimRemindDay(noticeId: string, unitId: string, day: string): Promise<{ claimed: boolean; previous: string | null }> {
  return inTransaction(async (txn) => {
    const ref = txn.collection('noticeUnits').doc(noticeUnitId(noticeId, unitId))
    const doc = (await ref.get()).data as NoticeUnitDoc | null
    const previous = doc?.lastRemindDay ?? null
    if (!doc || previous === day) return { claimed: false, previous }
    await ref.update({ lastRemindDay: day })
    return { claimed: true, previous }
  })
}

/** A 催办 that reached nobody by message does not use up the day. */
export async function releaseRemindDay(noticeId: string, unitId: string, previous: string | null): Promise<void> {
  await database().collection('noticeUnits').doc(noticeUnitId(noticeId, unitId)).update({ lastRemindDay: previous })
}

export type ScheduleChangeDoc = NonNullable<NoticeUnitDoc['scheduleChange']>

/** The branch's new study time, replacing any earlier change. */
export async function saveScheduleChange(noticeId: string, unitId: string, change: ScheduleChangeDoc): Promise<void> {
  await database()
    .collection('noticeUnits')
    .doc(noticeUnitId(noticeId, unitId))
    .update({ scheduleChange: database().command.set(change) })
}

/** One more branch that moved its time, on the branch's (notice, unit) document and every one above it: one call. */
export async function countScheduleChange(noticeId: string, unitPath: string): Promise<void> {
  const _ = database().command
  await database()
    .collection('noticeUnits')
    .where({ _id: _.in(pathIds(unitPath).map((id) => noticeUnitId(noticeId, id))) })
    .update({ scheduleChanges: _.inc(1) })
}
