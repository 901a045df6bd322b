import { STUDY_STATE_LABELS } from '@contract/notices'
import type { NoticeCounters, NoticeSummary, ReviewStatus } from '@contract/notices-api'
import { DAY_MS, shanghaiDay, weekdayOf } from '@/lib/calendar'

/**
 * How the notices UI names and shows things. Plain functions (no Taro), so the
 * tab pages can use them without pulling the subpackage in, and jest can test
 * them. Dates come from the shared client calendar (`@/lib/calendar`).
 */

/** The first scheduled day of a notice, if any row has a date (as the server's firstDate). */
export function firstScheduledDate(schedule: ReadonlyArray<{ date: string | null }>): string | null {
  const dates = schedule
    .map((row) => row.date)
    .filter((date): date is string => Boolean(date))
    .sort()
  return dates[0] ?? null
}

/** Share of assigned members who answered, as a whole percent (0 when nobody is assigned). */
export function completionRate(counters: NoticeCounters): number {
  if (counters.assigned <= 0) return 0
  return Math.min(100, Math.round((counters.answered / counters.assigned) * 100))
}

export const REVIEW_LABELS: Record<ReviewStatus, string> = {
  pending: '待批阅',
  accepted: '已阅',
  returned: '已退回修改'
}

export interface NoticeGroups {
  thisWeek: NoticeSummary[]
  upcoming: NoticeSummary[]
  earlier: NoticeSummary[]
}

/**
 * 首页's sections by the notice's first scheduled day: this (Monday-to-Sunday,
 * Shanghai) week, later weeks, and earlier (or undated). Order within each is kept.
 */
export function groupByWeek(items: NoticeSummary[], now: Date): NoticeGroups {
  const today = shanghaiDay(now)
  const weekday = weekdayOf(today) ?? 1
  const monday = new Date(new Date(`${today}T00:00:00Z`).getTime() - (weekday - 1) * DAY_MS).toISOString().slice(0, 10)
  const sunday = new Date(new Date(`${monday}T00:00:00Z`).getTime() + 6 * DAY_MS).toISOString().slice(0, 10)
  const groups: NoticeGroups = { thisWeek: [], upcoming: [], earlier: [] }
  for (const item of items) {
    const date = item.firstDate
    if (date && date >= monday && date <= sunday) groups.thisWeek.push(item)
    else if (date && date > sunday) groups.upcoming.push(item)
    else groups.earlier.push(item)
  }
  return groups
}

/** A member's state on one notice, in a word or two (no scores, no times). */
export function mineLabel(mine: NonNullable<NoticeSummary['mine']>): { text: string; tone: 'ok' | 'warn' | 'muted' } {
  if (mine.review === 'returned') return { text: '退回修改', tone: 'warn' }
  if (mine.review === 'accepted') return { text: '已阅', tone: 'ok' }
  if (mine.answered) return { text: STUDY_STATE_LABELS.answered, tone: 'ok' }
  if (mine.read) return { text: STUDY_STATE_LABELS.read, tone: 'muted' }
  if (mine.viewed) return { text: STUDY_STATE_LABELS.viewed, tone: 'muted' }
  return { text: STUDY_STATE_LABELS.notViewed, tone: 'warn' }
}

/** How long after publishing a notice still shows on 工作台 for pushing. */
export const PUSHABLE_DAYS = 30

/**
 * Whether a notice's study day is over (Shanghai): published on purpose with
 * allowPast, or simply past. Members see it as 往期学习; a secretary is not
 * offered a push that would announce it as new.
 */
export function isPastStudy(firstDate: string | null, now: Date): boolean {
  return firstDate !== null && firstDate < shanghaiDay(now)
}

/**
 * 工作台's push cards: a branch's published notices of the last 30 days whose
 * study day has not passed, newest first, at most `limit`. The summary says
 * nothing about pushes, so every such notice counts as pushable: the
 * server's push is idempotent (each member gets one message per notice) and
 * reports who already had it.
 */
export function pushableNotices(items: NoticeSummary[], now: Date, limit = 3): NoticeSummary[] {
  const since = now.getTime() - PUSHABLE_DAYS * DAY_MS
  return items
    .filter((item) => item.status === 'published' && item.publishedAt !== null && new Date(item.publishedAt).getTime() >= since)
    .filter((item) => !isPastStudy(item.firstDate, now))
    .sort((a, b) => (b.publishedAt ?? '').localeCompare(a.publishedAt ?? ''))
    .slice(0, limit)
}
