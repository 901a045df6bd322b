/**
 * The DeployTarget over @cloudbase/manager-node. The package is not a
 * dependency of the repo (it is only needed on the machine that deploys, and
 * the lock file stays as committed), so it is loaded at run time and its
 * absence is a clear error, never a pretend success.
 *
 * The structural types below cover only the calls used, as documented by the
 * vendor (see ../shared/CLOUDBASE-FACTS.md, "Going live"); they were written
 * without the package at hand: check them against it before the first deploy.
 */
import type { Credentials } from './credentials'
import type { DeployedFunction, DeployTarget, FunctionSettings } from './target'

export const MANAGER_NODE = '@cloudbase/manager-node'
/** The major version the calls below follow. */
export const MANAGER_NODE_VERSION = '5'
/** Node 18 is what scripts/build-functions.ts targets. */
export const FUNCTION_RUNTIME = 'Nodejs18.15'

export class ManagerMissingError extends Error {
  constructor() {
    super(`未安装 ${MANAGER_NODE}：运行 npm install --no-save ${MANAGER_NODE}@${MANAGER_NODE_VERSION} 后再部署（--no-save 让 package-lock.json 保持不变）`)
    this.name = 'ManagerMissingError'
  }
}

interface CommonService {
  call(req: { Action: string; Param: Record<string, unknown> }): Promise<Record<string, unknown>>
}

interface FunctionDetail {
  Environment?: { Variables?: Array<{ Key: string; Value: string }> }
  Triggers?: Array<{ TriggerName: string }>
}

interface ManagerApp {
  database: {
    createCollectionIfNotExists(name: string): Promise<unknown>
    checkIndexExists(collection: string, index: string): Promise<{ Exists: boolean }>
    updateCollection(collection: string, options: { CreateIndexes: unknown[] }): Promise<unknown>
  }
  functions: {
    getFunctionDetail(name: string): Promise<FunctionDetail>
    createFunction(options: { func: Record<string, unknown>; functionRootPath: string; force: boolean }): Promise<unknown>
    updateFunctionCode(options: { func: Record<string, unknown>; functionRootPath: string }): Promise<unknown>
    updateFunctionConfig(config: Record<string, unknown>): Promise<unknown>
    createFunctionTriggers(name: string, triggers: Array<{ name: string; type: string; config: string }>): Promise<unknown>
    deleteFunctionTrigger(name: string, triggerName: string): Promise<unknown>
  }
  commonService(service?: string, version?: string): CommonService
}

type ManagerConstructor = new (options: { secretId: string; secretKey: string; token?: string; envId: string }) => ManagerApp

function loadConstructor(): ManagerConstructor {
  let mod: unknown
  try {
    // A variable name keeps bundlers and tsc from resolving a package that is not installed.
    const name: string = MANAGER_NODE
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- an optional package, loaded only when a real deploy runs
    mod = require(name)
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'MODULE_NOT_FOUND') throw new ManagerMissingError()
    throw err
  }
  const candidate = (mod as { default?: unknown }).default ?? mod
  if (typeof candidate !== 'function') throw new Error(`${MANAGER_NODE} 的导出不是预期的 CloudBase 类：请安装 ${MANAGER_NODE_VERSION}.x`)
  return candidate as ManagerConstructor
}

/** The function missing: manager-node rejects with a ResourceNotFound code. */
function isNotFound(err: unknown): boolean {
  const code = String((err as { code?: unknown }).code ?? '')
  return /ResourceNotFound/i.test(code) || /not ?found|不存在/i.test((err as Error).message ?? '')
}

export function managerNodeTarget(credentials: Credentials, envId: string): DeployTarget {
  const Manager = loadConstructor()
  const app = new Manager({ ...credentials, envId })
  const tcb = (): CommonService => app.commonService()
  const funcOf = (s: FunctionSettings): Record<string, unknown> => ({
    name: s.name,
    timeout: s.timeout,
    memorySize: s.memorySize,
    runtime: FUNCTION_RUNTIME,
    handler: 'index.main',
    installDependency: true,
    envVariables: s.envVariables
  })
  return {
    async createCollectionIfNotExists(name) {
      await app.database.createCollectionIfNotExists(name)
    },
    async indexExists(collection, index) {
      return (await app.database.checkIndexExists(collection, index)).Exists
    },
    async createIndexes(collection, indexes) {
      await app.database.updateCollection(collection, { CreateIndexes: indexes })
    },
    async setCollectionRule(collection, rule) {
      await tcb().call({ Action: 'ModifySafeRule', Param: { EnvId: envId, CollectionName: collection, AclTag: 'CUSTOM', Rule: JSON.stringify(rule) } })
    },
    async readCollectionRule(collection) {
      const reply = await tcb().call({ Action: 'DescribeSafeRule', Param: { EnvId: envId, CollectionName: collection } })
      return typeof reply.Rule === 'string' ? (JSON.parse(reply.Rule) as Record<string, unknown>) : null
    },
    async describeFunction(name): Promise<DeployedFunction | null> {
      try {
        const detail = await app.functions.getFunctionDetail(name)
        const vars = detail.Environment?.Variables ?? []
        return {
          envVariables: Object.fromEntries(vars.map((v) => [v.Key, v.Value])),
          triggerNames: (detail.Triggers ?? []).map((t) => t.TriggerName)
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
    }
  }
}
