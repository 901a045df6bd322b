import type { BranchQuotas, QuotaProgress } from '@contract/dashboard-api'
import { formatDay } from '@/lib/calendar'

/** How far along a yearly requirement is, as widths of a bar (0–100). Pure, for the 年度要求 tab. */

const share = (part: number, whole: number): number => (whole > 0 ? Math.max(0, Math.min(100, Math.round((part * 100) / whole))) : 100)

/** What is done, of the year's target; a target of 0 is met from the start. */
export const doneWidth = (item: QuotaProgress): number => share(item.done, item.target)

/** Where the calendar says the branch should be by now: a mark on the same bar. */
export const expectedWidth = (item: QuotaProgress): number => share(item.expectedByNow, item.target)

/** "3 / 8 次，按进度应 4 次". */
export function quotaText(item: QuotaProgress): string {
  return `${item.done} / ${item.target} 次，按进度应 ${item.expectedByNow} 次`
}

/** How many branches are behind on anything: the line above the list. */
export const branchesBehind = (branches: BranchQuotas[]): number => branches.filter((branch) => branch.behind.length > 0).length

/** Branches not counted yet (no start date): nothing is asked of them. */
export const branchesNotStarted = (branches: BranchQuotas[]): number => branches.filter((branch) => branch.countFrom === null).length

/** "自 2027年4月1日 起计算（支部于2027年3月开始使用本系统（当月不计））", or why nothing is counted yet. */
export function countFromText(branch: BranchQuotas): string {
  return branch.countFrom ? `自 ${formatDay(branch.countFrom)} 起计算（${branch.countFromReason}）` : `暂不计算：${branch.countFromReason}`
}

/** The line above the list: how many are behind, and how many are not counted yet. */
export function quotasSummary(branches: BranchQuotas[]): string {
  const behind = branchesBehind(branches)
  const notStarted = branchesNotStarted(branches)
  const head = behind > 0 ? `${branches.length} 个党支部中 ${behind} 个落后于年度要求进度` : `${branches.length} 个党支部均未落后于年度要求进度`
  return notStarted > 0 ? `${head}；${notStarted} 个尚未开始计算` : head
}
