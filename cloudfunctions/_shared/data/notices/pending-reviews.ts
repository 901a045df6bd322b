import { database } from '../client'
import type { NoticeDoc, NoticeUnitDoc } from '../notice-docs'
import type { UnitDoc } from '../org-docs'
import { prefix } from '../query'

/**
 * Reads behind the 工作台's 讨论待批阅: the branches a secretary reviews, their
 * recent notices, and how many submitted answers wait for review in each.
 * Every read is capped, so the cost follows the caps, never the history.
 */

export type BranchRef = Pick<UnitDoc, '_id' | 'name' | 'path'>

/** The branches under `path` (the path's own unit if it is one), in path order, at most `limit`: one call (index `path`). */
export async function branchesUnder(path: string, limit: number): Promise<BranchRef[]> {
  const { data } = await database()
    .collection('units')
    .where({ path: prefix(path), type: 'branch' })
    .orderBy('path', 'asc')
    .limit(limit)
    .field({ _id: true, name: true, path: true })
    .get()
  return data as BranchRef[]
}

/** The (notice, branch) documents of these branches published since `since`, newest first, at most `limit`: one call (index `unit_published`). */
export async function recentNoticeUnits(branchIds: readonly string[], since: Date, limit: number): Promise<NoticeUnitDoc[]> {
  if (branchIds.length === 0) return []
  const _ = database().command
  const { data } = await database()
    .collection('noticeUnits')
    .where({ unitId: branchIds.length === 1 ? branchIds[0] : _.in([...branchIds]), publishedAt: _.gte(since) })
    .orderBy('publishedAt', 'desc')
    .limit(limit)
    .field({ noticeId: true, unitId: true, unitName: true, unitPath: true, publishedAt: true })
    .get()
  return data as NoticeUnitDoc[]
}

/** These notices' status and title fields (no texts): one call. */
export async function noticeStatuses(
  ids: readonly string[]
): Promise<Array<Pick<NoticeDoc, '_id' | 'status' | 'year' | 'issueNo' | 'schedule' | 'withdrawal'>>> {
  if (ids.length === 0) return []
  const { data } = await database()
    .collection('notices')
    .where({ _id: database().command.in([...ids]) })
    .field({ _id: true, status: true, year: true, issueNo: true, schedule: true, withdrawal: true })
    .limit(ids.length)
    .get()
  return data as Array<Pick<NoticeDoc, '_id' | 'status' | 'year' | 'issueNo' | 'schedule' | 'withdrawal'>>
}

/**
 * How many members under `unitPath` submitted answers to the notice that wait
 * for review (no review yet, or a returned answer edited since: status
 * 'pending'): one count (index `notice_unit`).
 */
export async function countAwaitingReview(noticeId: string, unitPath: string): Promise<number> {
  const _ = database().command
  const { total } = await database()
    .collection('noticeMembers')
    .where(_.and([{ noticeId, unitPath: prefix(unitPath), submittedAt: _.neq(null) }, _.or([{ review: null }, { 'review.status': 'pending' }])]))
    .count()
  return total
}
