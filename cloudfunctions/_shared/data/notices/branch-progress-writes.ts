import { noticeUnitId } from '../../domain/notices/counters'
import { pathIds } from '../../domain/org-path'
import { database } from '../client'
import type { NoticeUnitDoc } from '../notice-docs'

/** Writes on a branch's (notice, unit) document: when it pushed, reminded, or moved the study time. */

export async function markPushed(noticeId: string, unitId: string, at: Date): Promise<void> {
  await database().collection('noticeUnits').doc(noticeUnitId(noticeId, unitId)).update({ pushedAt: at })
}

/** The day (Shanghai) of the branch's last 一键催办: one a day. */
export async function markRemindedOn(noticeId: string, unitId: string, day: string): Promise<void> {
  await database().collection('noticeUnits').doc(noticeUnitId(noticeId, unitId)).update({ lastRemindDay: day })
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
