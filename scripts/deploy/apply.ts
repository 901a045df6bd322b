/**
 * Applies a plan to an environment through a DeployTarget, in an order that is
 * safe to repeat: the database part first (collections, indexes, rules read
 * back, then pending migrations: functions may write on their first call and
 * the new code expects migrated data; ./database.ts), then functions with
 * their secrets, then their triggers. Each step logs names, never values.
 *
 * The storage rule and the function invoke rule are set like a collection's
 * (read, set only when it differs, read back). The invoke rule goes through
 * the library's permission.modifyResourcePermission, which it marks deprecated
 * in favour of the gateway's OPA policies (modifyEnvAuthzConfig): that call
 * replaces the environment's whole rego policy, while this one sets exactly
 * the rule; a read-back that differs stops the deploy and names the console
 * page to set it by hand (docs/deploy.md).
 *
 * The config's quotaDefaults become each 党委's initial quota settings where
 * it has none (../admin/quota-defaults.ts): what the 组织部 set is never touched.
 */
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { isDeepStrictEqual } from 'node:util'
import { CUSTOM_LOGIN_KEY_VARIABLE } from '../../cloudfunctions/_shared/runtime/custom-login-key'
import type { QuotaSettings } from '../../cloudfunctions/_shared/contract/dashboard-api'
import { ensureQuotaDefaults } from '../admin/quota-defaults'
import type { Db } from '../admin/target'
import type { Migration } from '../migrations/migration'
import { functionFingerprint } from './code-fingerprint'
import { deployDatabase, type DatabaseReport } from './database'
import { environmentSecrets } from './env-secrets'
import { CUSTOM_LOGIN_FUNCTIONS, settingsVariables } from './functions-plan'
import type { DeployedFunction, DeployTarget, FunctionSettings } from './target'
import type { DeployPlan, TriggerPlan } from './types'

export interface ApplyOptions {
  root: string
  log: (line: string) => void
  /** The environment's database (node SDK): pending migrations run through it, before the new functions go up. */
  db?: Db
  /** Default: every migration in migrations/ (tests pass their own). */
  migrations?: Migration[]
  /**
   * The custom-login key file's JSON (`--custom-login-key <file>`). Without it
   * the key the functions already have online is kept; with neither, the
   * deploy stops before changing anything.
   */
  customLoginKey?: string
  /** The built console to upload; default `<root>/<plan.hosting.dir>` (tests pass their own). */
  consoleDir?: string
  /** The config's quotaDefaults: stored for every 党委 that has no quota settings yet (needs `db`). */
  quotaDefaults?: QuotaSettings
}

export interface ApplyResult {
  /** What a person still has to set in the console. */
  manualSteps: string[]
  database: DatabaseReport
  /** Whether the storage rule had to be set (false: it already was the plan's). */
  storageRuleSet: boolean
  /** Whether the function invoke rule had to be set. */
  invokeRuleSet: boolean
  /** The 党委 ids whose quota settings were written from the config (none had any). */
  quotaDefaultsSet: string[]
}

/** The storage rule as the plan has it: set only when the online one differs, then read back. */
async function ensureStorageRule(plan: DeployPlan, target: DeployTarget): Promise<boolean> {
  const rule = plan.storageRules as { read: boolean | string; write: boolean | string }
  if (isDeepStrictEqual(await target.readStorageRule(), rule)) return false
  await target.setStorageRule(rule)
  const online = await target.readStorageRule()
  if (!isDeepStrictEqual(online, rule)) throw new Error(`云存储安全规则设置后读回不一致：${JSON.stringify(online)}`)
  return true
}

/** Where to set the invoke rule by hand when the library's call does not take (its API is deprecated, see above). */
export const INVOKE_RULE_CONSOLE = '云开发控制台 → 云函数 → 权限控制 → 自定义安全规则'

/** The function invoke rule as the plan has it: set only when the online one differs, then read back. */
async function ensureInvokeRule(plan: DeployPlan, target: DeployTarget): Promise<boolean> {
  const rule = plan.invokeRule
  if (isDeepStrictEqual(await target.readInvokeRule(), rule)) return false
  await target.setInvokeRule(rule)
  const online = await target.readInvokeRule()
  if (!isDeepStrictEqual(online, rule)) {
    throw new Error(
      `云函数调用权限设置后读回不一致（读回 ${JSON.stringify(online)}，应为 ${JSON.stringify(rule)}）：请在${INVOKE_RULE_CONSOLE}中填入 ${JSON.stringify(rule)}，再重新部署`
    )
  }
  return true
}

type Online = Map<string, DeployedFunction | null>

async function describeOnline(plan: DeployPlan, target: DeployTarget): Promise<Online> {
  const online: Online = new Map()
  for (const fn of plan.functions) online.set(fn.name, await target.describeFunction(fn.name))
  return online
}

/** The key file to give the ticket-signing functions: the one passed in, or the one they already have online. */
function customLoginKey(plan: DeployPlan, online: Online, opts: ApplyOptions): string | null {
  if (!plan.functions.some((fn) => CUSTOM_LOGIN_FUNCTIONS.includes(fn.name))) return null
  if (opts.customLoginKey) return opts.customLoginKey
  const kept = CUSTOM_LOGIN_FUNCTIONS.map((name) => online.get(name)?.envVariables[CUSTOM_LOGIN_KEY_VARIABLE]).find((value) => value)
  if (kept) return kept
  throw new Error(`缺少自定义登录私钥：请在云开发控制台 → 身份认证 → 自定义登录下载私钥文件，部署时加 --custom-login-key <文件>（文件放在代码库之外）`)
}

async function applyFunctions(plan: DeployPlan, target: DeployTarget, opts: ApplyOptions, online: Online, loginKey: string | null): Promise<void> {
  const deployedVars = [...online.values()].filter((d): d is DeployedFunction => d !== null).map((d) => d.envVariables)
  const secrets = environmentSecrets(deployedVars)
  if (secrets.generated.length > 0) opts.log(`  新生成密钥：${secrets.generated.join(', ')}（值不显示）`)

  for (const fn of plan.functions) {
    const existing = online.get(fn.name) ?? null
    const settings = {
      name: fn.name,
      functionRootPath: join(opts.root, 'build', 'functions'),
      description: functionFingerprint(join(opts.root, 'build', 'functions', fn.name)),
      timeout: fn.timeout,
      memorySize: fn.memorySize,
      envVariables: {
        ...settingsVariables(opts.root, fn.name),
        ...secrets.values,
        ...(loginKey && CUSTOM_LOGIN_FUNCTIONS.includes(fn.name) ? { [CUSTOM_LOGIN_KEY_VARIABLE]: loginKey } : {})
      }
    }
    const upToDate = existing !== null && sameSettings(existing, settings)
    if (!existing) await target.createFunction(settings)
    else if (!upToDate) await target.updateFunction(settings)
    // Replace the function's timers with the plan's when they differ: a renamed or removed trigger must not keep firing.
    const timersUpToDate = existing !== null && sameTriggers(existing, fn.triggers)
    if (!timersUpToDate) {
      for (const name of existing?.triggerNames ?? []) await target.deleteTrigger(fn.name, name)
      if (fn.triggers.length > 0) await target.createTriggers(fn.name, fn.triggers)
    }
    const what = !existing ? '已创建' : upToDate ? '未变' : '已更新'
    opts.log(`  云函数 ${fn.name}：${what}，定时触发器 ${fn.triggers.length} 个${timersUpToDate ? '（未变）' : ''}`)
  }
}

/** Same built code (the fingerprint in the description), timeout, memory and every variable: nothing to upload. */
function sameSettings(online: DeployedFunction, settings: FunctionSettings): boolean {
  return (
    online.description === settings.description &&
    online.timeout === settings.timeout &&
    online.memorySize === settings.memorySize &&
    isDeepStrictEqual(online.envVariables, settings.envVariables)
  )
}

function sameTriggers(online: DeployedFunction, planned: TriggerPlan[]): boolean {
  if (!online.triggers) return false
  const key = (t: { name: string; config: string | null }): string => `${t.name}\u0000${t.config ?? '\u0001'}`
  return isDeepStrictEqual(online.triggers.map(key).sort(), planned.map(key).sort())
}

export async function applyPlan(plan: DeployPlan, target: DeployTarget, opts: ApplyOptions): Promise<ApplyResult> {
  if (plan.errors.length > 0) throw new Error('计划中有阻止部署的问题，未做任何修改')
  // Everything that can stop the deploy is checked before the first change.
  const online = await describeOnline(plan, target)
  const loginKey = customLoginKey(plan, online, opts)
  const consoleDir = opts.consoleDir ?? join(opts.root, plan.hosting.dir)
  if (!existsSync(join(consoleDir, 'index.html'))) throw new Error(`管理端尚未构建（${plan.hosting.dir}/index.html 不存在），未做任何修改`)
  opts.log('数据库集合、索引、安全规则与迁移…')
  const database = await deployDatabase(plan.collections, target, { log: opts.log, db: opts.db, migrations: opts.migrations })
  const storageRuleSet = await ensureStorageRule(plan, target)
  opts.log(`云存储安全规则：${storageRuleSet ? '已设置' : '未变'} ${JSON.stringify(plan.storageRules)}`)
  const invokeRuleSet = await ensureInvokeRule(plan, target)
  opts.log(`云函数调用权限：${invokeRuleSet ? '已设置' : '未变'} ${JSON.stringify(plan.invokeRule)}`)
  const quotaDefaultsSet = opts.db && opts.quotaDefaults ? await ensureQuotaDefaults(opts.db, opts.quotaDefaults, new Date()) : []
  if (opts.quotaDefaults)
    opts.log(`考核要求默认值：${quotaDefaultsSet.length > 0 ? `已为 ${quotaDefaultsSet.length} 个党委设置` : '各党委已有设置（或尚无党委），未改动'}`)
  opts.log('云函数与定时触发器…')
  await applyFunctions(plan, target, opts, online, loginKey)
  opts.log('管理端（静态托管）…')
  await target.uploadHosting(consoleDir, plan.hosting.cloudPath)
  const added = await target.ensureSafeDomains(plan.hosting.safeDomains)
  opts.log(`  已上传到 /${plan.hosting.cloudPath}/；新增安全域名 ${added.length} 个`)
  return {
    database,
    storageRuleSet,
    invokeRuleSet,
    quotaDefaultsSet,
    manualSteps: [
      // The library's call is deprecated: once it has set the rule, a person confirms the console shows it (docs/deploy.md).
      ...(invokeRuleSet ? [`核对云函数调用权限（${INVOKE_RULE_CONSOLE}）：应显示 ${JSON.stringify(plan.invokeRule)}`] : []),
      '登录方式（控制台 → 云开发 → 身份认证 → 登录方式）：开启「匿名登录」和「自定义登录」（管理端扫码登录需要）',
      ...(plan.hosting.safeDomains.length === 0
        ? ['WEB 安全域名（控制台 → 云开发 → 身份认证 → 安全域名）：添加静态托管的默认域名，并写进 party-study.config.json 的 consoleDomains']
        : [])
    ]
  }
}
