/**
 * Applies a plan to an environment through a DeployTarget, in an order that is
 * safe to repeat: the database part first (collections, indexes, rules read
 * back, then pending migrations: functions may write on their first call and
 * the new code expects migrated data; ./database.ts), then functions with
 * their secrets, then their triggers. Each step logs names, never values.
 *
 * Storage rules and the function invoke rule are not applied here: the
 * management calls for them could not be checked offline, so the deploy
 * prints them as manual console steps instead of guessing (docs/deploy.md).
 */
import { join } from 'node:path'
import type { Db } from '../admin/target'
import type { Migration } from '../migrations/migration'
import { deployDatabase, type DatabaseReport } from './database'
import { environmentSecrets } from './env-secrets'
import { settingsVariables } from './functions-plan'
import type { DeployedFunction, DeployTarget } from './target'
import type { DeployPlan } from './types'

export interface ApplyOptions {
  root: string
  log: (line: string) => void
  /** The environment's database (node SDK): pending migrations run through it, before the new functions go up. */
  db?: Db
  /** Default: every migration in migrations/ (tests pass their own). */
  migrations?: Migration[]
}

export interface ApplyResult {
  /** What a person still has to set in the console. */
  manualSteps: string[]
  database: DatabaseReport
}

async function applyFunctions(plan: DeployPlan, target: DeployTarget, opts: ApplyOptions): Promise<void> {
  const online = new Map<string, DeployedFunction | null>()
  for (const fn of plan.functions) online.set(fn.name, await target.describeFunction(fn.name))
  const deployedVars = [...online.values()].filter((d): d is DeployedFunction => d !== null).map((d) => d.envVariables)
  const secrets = environmentSecrets(deployedVars)
  if (secrets.generated.length > 0) opts.log(`  新生成密钥：${secrets.generated.join(', ')}（值不显示）`)

  for (const fn of plan.functions) {
    const existing = online.get(fn.name) ?? null
    const settings = {
      name: fn.name,
      functionRootPath: join(opts.root, 'build', 'functions'),
      timeout: fn.timeout,
      memorySize: fn.memorySize,
      envVariables: { ...settingsVariables(opts.root, fn.name), ...secrets.values }
    }
    if (existing) await target.updateFunction(settings)
    else await target.createFunction(settings)
    // Replace the function's timers with the plan's: a renamed or removed trigger must not keep firing.
    for (const name of existing?.triggerNames ?? []) await target.deleteTrigger(fn.name, name)
    if (fn.triggers.length > 0) await target.createTriggers(fn.name, fn.triggers)
    opts.log(`  云函数 ${fn.name}：${existing ? '已更新' : '已创建'}，定时触发器 ${fn.triggers.length} 个`)
  }
}

export async function applyPlan(plan: DeployPlan, target: DeployTarget, opts: ApplyOptions): Promise<ApplyResult> {
  if (plan.errors.length > 0) throw new Error('计划中有阻止部署的问题，未做任何修改')
  opts.log('数据库集合、索引、安全规则与迁移…')
  const database = await deployDatabase(plan.collections, target, { log: opts.log, db: opts.db, migrations: opts.migrations })
  opts.log('云函数与定时触发器…')
  await applyFunctions(plan, target, opts)
  return {
    database,
    manualSteps: [
      `云存储安全规则（控制台 → 云开发 → 存储 → 权限设置 → 自定义安全规则）：${JSON.stringify(plan.storageRules)}`,
      `云函数权限（控制台 → 云开发 → 云函数 → 权限控制 → 自定义安全规则）：${JSON.stringify(plan.invokeRule)}`
    ]
  }
}
