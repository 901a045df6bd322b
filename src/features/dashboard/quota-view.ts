import type { BranchQuotas, QuotaProgress } from '@contract/dashboard-api'

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
