import type { DashboardScope, PeriodKind } from '@contract/dashboard-api'
import { todayInShanghai } from '../../lib/dates'
import { useQueryState } from '../../lib/use-query-state'

export type DashboardTab = 'units' | 'members' | 'trend' | 'quotas'
export const PERIOD_LABELS: Record<PeriodKind, string> = { week: '本周', month: '本月', quarter: '本季度', year: '本年' }
export const PERIODS: PeriodKind[] = ['week', 'month', 'quarter', 'year']

/**
 * Everything the dashboard shows is decided by the URL: the unit, the
 * period (or one notice), the tab, the sort and the page. A drill-down is a
 * new history entry, so Back climbs up again and a refresh stays put.
 */
export function useDashboardState() {
  const [q, set] = useQueryState({ unit: '', tab: 'units', period: 'month', day: '', notice: '', sort: '', page: '1', trail: '' })
  const period: PeriodKind = (PERIODS as string[]).includes(q.period) ? (q.period as PeriodKind) : 'month'
  const day = /^\d{4}-\d{2}-\d{2}$/.test(q.day) ? q.day : todayInShanghai()
  const scope: DashboardScope = q.notice ? { noticeId: q.notice } : { period, day }
  const tab: DashboardTab = (['units', 'members', 'trend', 'quotas'] as string[]).includes(q.tab) ? (q.tab as DashboardTab) : 'units'
  const year = Number(day.slice(0, 4))
  const page = Math.max(1, Number(q.page) || 1)
  const trail = q.trail ? q.trail.split(',') : []
  return { q, set, period, day, scope, tab, year, page, trail, scopeKey: JSON.stringify(scope) }
}

export type DashboardState = ReturnType<typeof useDashboardState>
