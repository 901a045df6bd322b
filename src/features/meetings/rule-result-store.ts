/**
 * Hands what saving the rule generated from the rule page back to the manage
 * list it returns to (navigateBack carries no data), to show there once.
 */
export interface RuleResult {
  unitId: string
  generated: number
  kept: number
}

let last: RuleResult | null = null

export function rememberRuleResult(result: RuleResult): void {
  last = result
}

/** The unit's result, once: a later visit shows nothing. */
export function takeRuleResult(unitId: string): RuleResult | null {
  if (!last || last.unitId !== unitId) return null
  const result = last
  last = null
  return result
}

/** "已生成 N 次主题党日（M 次已修改或已开始的保留）". */
export function ruleResultText(result: Pick<RuleResult, 'generated' | 'kept'>): string {
  return `已生成 ${result.generated} 次主题党日${result.kept > 0 ? `（${result.kept} 次已修改或已开始的保留）` : ''}`
}
