import {
  PENDING_REVIEW_DAYS,
  PENDING_REVIEW_MAX_BRANCHES,
  PENDING_REVIEW_MAX_NOTICES,
  type NoticesActions,
  type PendingReview
} from '../_shared/contract/notices-api'
import { branchesUnder, countAwaitingReview, noticeStatuses, recentNoticeUnits, type BranchRef } from '../_shared/data/notices/pending-reviews'
import { managedScopes } from '../_shared/domain/org/authorize'
import { firstDate } from '../_shared/domain/notices/calendar'
import { noticeTitle } from '../_shared/domain/notices/message'
import type { Caller } from '../_shared/domain/org/scope'
import { now } from '../_shared/runtime/clock'
import { mayReviewIn, REVIEW_CAPABILITY } from './branch'

const DAY_MS = 24 * 60 * 60 * 1000

/**
 * 讨论待批阅 for the 工作台 (read only): in the branches where the caller may
 * review answers (the guard of `answers.review`), the published notices of
 * the last PENDING_REVIEW_DAYS days with the number of submitted answers that
 * wait for review. At most PENDING_REVIEW_MAX_BRANCHES branches ×
 * PENDING_REVIEW_MAX_NOTICES notices are counted: calls are
 * scopes + 2 + one count per (notice, branch) shown, whatever the history.
 * Nobody without the capability sees anything (and costs no read).
 */
export async function pendingReviews(caller: Caller): Promise<NoticesActions['reviews.pending']['result']> {
  const scopes = managedScopes(caller).filter((scope) => scope.capabilities.includes(REVIEW_CAPABILITY))
  if (scopes.length === 0) return { items: [], total: 0, truncated: false }
  // One more than the cap tells whether there are more.
  const found = (await Promise.all(scopes.map((scope) => branchesUnder(scope.unitPath, PENDING_REVIEW_MAX_BRANCHES + 1)))).flat()
  const unique = [...new Map(found.map((branch) => [branch._id, branch])).values()]
    .filter((branch) => mayReviewIn(caller, branch.path))
    .sort((a, b) => a.path.localeCompare(b.path))
  const truncated = unique.length > PENDING_REVIEW_MAX_BRANCHES
  const branches = new Map<string, BranchRef>(unique.slice(0, PENDING_REVIEW_MAX_BRANCHES).map((branch) => [branch._id, branch]))
  if (branches.size === 0) return { items: [], total: 0, truncated }

  const since = new Date(now().getTime() - PENDING_REVIEW_DAYS * DAY_MS)
  const docs = await recentNoticeUnits([...branches.keys()], since, PENDING_REVIEW_MAX_BRANCHES * PENDING_REVIEW_MAX_NOTICES)
  // The newest few per branch (docs come newest first).
  const perBranch = new Map<string, number>()
  const pairs = docs.filter((doc) => {
    const taken = perBranch.get(doc.unitId) ?? 0
    perBranch.set(doc.unitId, taken + 1)
    return taken < PENDING_REVIEW_MAX_NOTICES
  })
  if (pairs.length === 0) return { items: [], total: 0, truncated }

  // The notices' status and the counts together: a withdrawn notice's counts are dropped.
  const [notices, counts] = await Promise.all([
    noticeStatuses([...new Set(pairs.map((pair) => pair.noticeId))]),
    Promise.all(pairs.map((pair) => countAwaitingReview(pair.noticeId, branches.get(pair.unitId)?.path ?? pair.unitPath)))
  ])
  const published = new Map(notices.filter((notice) => notice.status === 'published' && !notice.withdrawal).map((notice) => [notice._id, notice]))
  const items = pairs.flatMap((pair, index): PendingReview[] => {
    const notice = published.get(pair.noticeId)
    const branch = branches.get(pair.unitId)
    if (!notice || !branch || counts[index] === 0) return []
    return [
      {
        noticeId: notice._id,
        title: noticeTitle(notice),
        firstDate: firstDate(notice.schedule),
        unitId: branch._id,
        unitName: branch.name,
        publishedAt: pair.publishedAt.toISOString(),
        pending: counts[index]
      }
    ]
  })
  items.sort((a, b) => b.publishedAt.localeCompare(a.publishedAt) || a.unitName.localeCompare(b.unitName, 'zh-CN'))
  return { items, total: items.reduce((sum, item) => sum + item.pending, 0), truncated }
}
