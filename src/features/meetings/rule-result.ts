import type { PageMessages } from '@/lib/page-messages'

/** What saving the theme-day rule generated, as the rule page announces it to 组织生活 (see page-messages). */
export type RuleResult = PageMessages['meetings.rule-saved']

/** "已生成 N 次主题党日（M 次已修改或已开始的保留）". */
export function ruleResultText(result: Pick<RuleResult, 'generated' | 'kept'>): string {
  return `已生成 ${result.generated} 次主题党日${result.kept > 0 ? `（${result.kept} 次已修改或已开始的保留）` : ''}`
}
