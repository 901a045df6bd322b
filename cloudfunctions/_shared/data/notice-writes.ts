import { database } from './client'
import type { NoticeDoc } from './notice-docs'

/** A publish's plan, saved on the notice before anything else is written (notices/publish.ts). */
export async function savePublishPlan(noticeId: string, plan: NonNullable<NoticeDoc['publishing']>): Promise<void> {
  await database()
    .collection('notices')
    .doc(noticeId)
    .update({ publishing: database().command.set(plan) })
}

/** The last step of a publish: the notice is out. */
export async function markPublished(noticeId: string, at: Date, targetUnitIds: string[]): Promise<void> {
  await database()
    .collection('notices')
    .doc(noticeId)
    .update({ status: 'published', publishedAt: at, updatedAt: at, targetUnitIds: database().command.set(targetUnitIds) })
}
