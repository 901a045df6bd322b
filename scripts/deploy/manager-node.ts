/**
 * The DeployTarget over @cloudbase/manager-node (a pinned dev dependency: the
 * machine that deploys runs `npm ci`). Loaded when a real deploy connects, so a
 * dry run never loads it and an install without dev dependencies gets a clear
 * error instead of a pretend success. The types are the package's own.
 *
 * Every database and rule call goes to the tcb API, which the library posts to
 * `process.env.TCB_BASE_URL` when set (lib/utils/cloud-api-request.js): that is
 * how the same code provisions the emulator (./emulator.ts).
 */
import type CloudBase from '@cloudbase/manager-node'
import type { ICloudFunction } from '@cloudbase/manager-node/types/interfaces'
import type { Credentials } from './credentials'
import { managerDatabaseTarget } from './manager-database'
import type { DeployedFunction, DeployTarget, FunctionSettings } from './target'

export const MANAGER_NODE = '@cloudbase/manager-node'
/** Node 18 is what scripts/build-functions.ts targets. */
export const FUNCTION_RUNTIME = 'Nodejs18.15'

export type ManagerApp = InstanceType<typeof CloudBase>
type ManagerConstructor = typeof CloudBase

export class ManagerMissingError extends Error {
  constructor(name: string) {
    super(`未安装 ${name}：它是开发依赖，请在代码库根目录运行 npm ci（不要加 --omit=dev）后再部署`)
    this.name = 'ManagerMissingError'
  }
}

/** Loads the library by name (a parameter so a test can ask for a missing one). */
export function loadManager(name: string = MANAGER_NODE): ManagerConstructor {
  let mod: unknown
  try {
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded only when a real deploy connects (see above)
    mod = require(name)
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'MODULE_NOT_FOUND') throw new ManagerMissingError(name)
    throw err
  }
  const candidate = (mod as { default?: unknown }).default ?? mod
  if (typeof candidate !== 'function') throw new Error(`${name} 的导出不是预期的 CloudBase 类：请按 package.json 安装锁定的版本`)
  return candidate as ManagerConstructor
}

/** The function missing: manager-node rejects with a ResourceNotFound code. */
function isNotFound(err: unknown): boolean {
  const code = String((err as { code?: unknown }).code ?? '')
  return /ResourceNotFound/i.test(code) || /not ?found|不存在/i.test((err as Error).message ?? '')
}

/**
 * A timer's cron as GetFunction reports it: SCF gives `TriggerDesc` either as
 * the cron itself or as JSON `{"cron": …}` (both are seen in the wild); the
 * library's type also names `Config`. null when none of them reads as a cron:
 * the deploy then replaces the timers rather than assume they match.
 */
function timerCron(trigger: { Type?: string; Config?: string; TriggerDesc?: string }): string | null {
  for (const raw of [trigger.TriggerDesc, trigger.Config]) {
    if (typeof raw !== 'string' || raw.trim() === '') continue
    try {
      const parsed = JSON.parse(raw) as { cron?: unknown }
      if (parsed && typeof parsed.cron === 'string') return parsed.cron
    } catch {
      // Not JSON: the cron itself.
    }
    if (raw.trim().split(/\s+/).length === 7) return raw.trim()
  }
  return null
}

/**
 * The environment-wide function rule out of DescribeResourcePermission's list:
 * the CUSTOM entry without a resource (the rule is per environment, not per
 * function), else the only CUSTOM entry. Its SecurityRule is a JSON string;
 * one that does not parse counts as none, so the deploy sets it and then
 * checks the read-back.
 */
export function invokeRuleOf(list: Array<{ Resource?: string; Permission?: string; SecurityRule?: string }>): Record<string, unknown> | null {
  const custom = list.filter((entry) => entry.Permission === 'CUSTOM' && typeof entry.SecurityRule === 'string')
  const entry = custom.find((e) => !e.Resource || e.Resource === '*') ?? (custom.length === 1 ? custom[0] : undefined)
  if (!entry?.SecurityRule) return null
  try {
    const parsed = JSON.parse(entry.SecurityRule) as unknown
    return parsed && typeof parsed === 'object' && !Array.isArray(parsed) ? (parsed as Record<string, unknown>) : null
  } catch {
    return null
  }
}

export function managerNodeApp(credentials: Credentials, envId: string): ManagerApp {
  const Manager = loadManager()
  return new Manager({ ...credentials, envId })
}

export function managerNodeTarget(credentials: Credentials, envId: string): DeployTarget {
  const app = managerNodeApp(credentials, envId)
  const funcOf = (s: FunctionSettings): ICloudFunction => ({
    name: s.name,
    timeout: s.timeout,
    memorySize: s.memorySize,
    runtime: FUNCTION_RUNTIME,
    handler: 'index.main',
    installDependency: true,
    envVariables: s.envVariables,
    description: s.description
  })
  return {
    ...managerDatabaseTarget(app, envId),
    async describeFunction(name): Promise<DeployedFunction | null> {
      try {
        const detail = await app.functions.getFunctionDetail(name)
        const vars = detail.Environment?.Variables ?? []
        return {
          envVariables: Object.fromEntries(vars.map((v) => [v.Key, v.Value])),
          triggerNames: (detail.Triggers ?? []).map((t) => t.TriggerName),
          description: detail.Description ?? null,
          timeout: typeof detail.Timeout === 'number' ? detail.Timeout : null,
          memorySize: typeof detail.MemorySize === 'number' ? detail.MemorySize : null,
          triggers: (detail.Triggers ?? []).map((t) => ({ name: t.TriggerName, config: timerCron(t) }))
        }
      } catch (err) {
        if (isNotFound(err)) return null
        throw err
      }
    },
    async createFunction(settings) {
      await app.functions.createFunction({ func: funcOf(settings), functionRootPath: settings.functionRootPath, force: false })
    },
    async updateFunction(settings) {
      await app.functions.updateFunctionCode({ func: funcOf(settings), functionRootPath: settings.functionRootPath })
      await app.functions.updateFunctionConfig(funcOf(settings))
    },
    async deleteTrigger(functionName, triggerName) {
      await app.functions.deleteFunctionTrigger(functionName, triggerName)
    },
    async createTriggers(functionName, triggers) {
      await app.functions.createFunctionTriggers(
        functionName,
        triggers.map((t) => ({ name: t.name, type: 'timer', config: t.config }))
      )
    },
    async readStorageRule() {
      const online = await app.storage.getStorageAcl({ withRule: true })
      return online.acl === 'CUSTOM' && online.rule ? { ...online.rule } : null
    },
    async setStorageRule(rule) {
      await app.storage.setStorageAcl('CUSTOM', rule)
    },
    // Deprecated in the library for the gateway's OPA policies (modifyEnvAuthzConfig), but the one call that sets exactly
    // this rule; the rego route would replace the environment's whole gateway policy (docs/deploy.md §5).
    async readInvokeRule() {
      const online = await app.permission.describeResourcePermission({ resourceType: 'function' })
      return invokeRuleOf(online.Data?.PermissionList ?? [])
    },
    async setInvokeRule(rule) {
      await app.permission.modifyResourcePermission({ resourceType: 'function', permission: 'CUSTOM', securityRule: JSON.stringify(rule) })
    },
    async uploadHosting(localDir, cloudPath) {
      await app.hosting.uploadFiles({ localPath: localDir, cloudPath })
    },
    async ensureSafeDomains(domains) {
      const listed = await app.env.getEnvAuthDomains()
      const have = new Set((listed.Domains ?? []).map((d) => d.Domain))
      const missing = domains.filter((domain) => !have.has(domain))
      if (missing.length > 0) await app.env.createEnvDomain(missing)
      return missing
    }
  }
}
