/** The plan for people: what would be deployed where, and what stops it. */
import type { DeployPlan } from './types'

export function formatPlan(plan: DeployPlan, envId: string | null): string {
  const lines = [`部署计划 → 环境 ${envId ?? '（未指定）'}`, '', '云函数（路线：管理 API，每个函数可有多个定时触发器）：']
  for (const fn of plan.functions) {
    lines.push(`  ${fn.name.padEnd(10)} ${fn.dir}  超时 ${fn.timeout}s  内存 ${fn.memorySize}MB  环境变量 ${fn.envVariableNames.join(', ')}`)
    for (const t of fn.triggers) lines.push(`    定时 ${t.name}: ${t.config}`)
  }
  lines.push('', '数据库集合（客户端一律不可读写）：')
  for (const c of plan.collections) {
    const indexes = c.indexes.map((i) => `${i.name}${i.unique ? '(唯一)' : ''}`).join(', ')
    lines.push(`  ${c.name.padEnd(16)} ${indexes || '（无索引）'}`)
  }
  lines.push(
    '',
    `云存储规则（部署时读取，不同才设置，并读回核对）：${JSON.stringify(plan.storageRules)}`,
    `云函数调用规则（同上，经 permission.modifyResourcePermission；首次设置后请在控制台核对）：${JSON.stringify(plan.invokeRule)}`,
    '考核要求默认值：party-study.config.json 的 quotaDefaults，只写给尚无设置的党委（不覆盖组织部在看板中的设置）',
    `静态托管：${plan.hosting.dir} → /${plan.hosting.cloudPath}/，安全域名 ${plan.hosting.safeDomains.join(', ') || '（未配置 consoleDomains，部署后手动添加）'}`
  )
  if (plan.errors.length > 0) {
    lines.push('', `阻止部署的问题（${plan.errors.length}）：`, ...plan.errors.map((e) => `  ✗ ${e}`))
  } else {
    lines.push('', '没有阻止部署的问题。')
  }
  return lines.join('\n')
}
