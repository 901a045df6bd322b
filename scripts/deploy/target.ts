/**
 * What a real deploy asks of CloudBase, one method per management call, so
 * the order and content of a deploy can be tested against a fake and the
 * vendor library stays in one adapter (manager-node.ts).
 */
import type { CreateIndexRequest } from './collections-plan'
import type { TriggerPlan } from './types'

export interface FunctionSettings {
  name: string
  /** Folder holding `<name>/` (build/functions). */
  functionRootPath: string
  timeout: number
  memorySize: number
  /** Settings and secrets: the whole online set, which a deploy replaces. */
  envVariables: Record<string, string>
  /** The function's description: carries the built folder's fingerprint (code-fingerprint.ts), so an unchanged one is not uploaded again. */
  description: string
}

export interface DeployedFunction {
  envVariables: Record<string, string>
  triggerNames: string[]
  /** What the platform reports; null when it did not say (the function is then updated). */
  description?: string | null
  timeout?: number | null
  memorySize?: number | null
  /** The timers with their cron; a config of null (an unreadable one) makes the deploy replace them. */
  triggers?: Array<{ name: string; config: string | null }>
}

/** An index as the platform lists it (DescribeTable); directions as the API spells them ("1", "-1"). */
export interface OnlineIndex {
  name: string
  unique: boolean
  keys: Array<{ name: string; direction: string }>
}

/** The database part: what `npm start` and the tests also run against the emulator. */
export interface DatabaseTarget {
  /** database.createCollectionIfNotExists; true when it had to create it. */
  createCollectionIfNotExists(name: string): Promise<boolean>
  /** database.describeCollection: the collection's indexes, without `_id_`. */
  listIndexes(collection: string): Promise<OnlineIndex[]>
  /** database.updateCollection(name, { CreateIndexes }): creates only, never drops. */
  createIndexes(collection: string, indexes: CreateIndexRequest[]): Promise<void>
  /** commonService ModifySafeRule (AclTag CUSTOM, Rule as a JSON string). */
  setCollectionRule(collection: string, rule: Record<string, unknown>): Promise<void>
  /** commonService DescribeSafeRule: the custom rule as the platform holds it (null for a preset). */
  readCollectionRule(collection: string): Promise<Record<string, unknown> | null>
}

export interface DeployTarget extends DatabaseTarget {
  /** functions.getFunctionDetail; null when the function does not exist yet. */
  describeFunction(name: string): Promise<DeployedFunction | null>
  /** functions.createFunction (code and settings at once). */
  createFunction(settings: FunctionSettings): Promise<void>
  /** functions.updateFunctionCode then updateFunctionConfig. */
  updateFunction(settings: FunctionSettings): Promise<void>
  /** functions.deleteFunctionTrigger */
  deleteTrigger(functionName: string, triggerName: string): Promise<void>
  /** functions.createFunctionTriggers (several timers per function on this route). */
  createTriggers(functionName: string, triggers: TriggerPlan[]): Promise<void>
  /** storage.getStorageAcl({ withRule: true }): the custom storage rule, null for a preset (READONLY, PRIVATE…). */
  readStorageRule(): Promise<Record<string, unknown> | null>
  /** storage.setStorageAcl('CUSTOM', rule): ModifyStorageSafeRule. */
  setStorageRule(rule: { read: boolean | string; write: boolean | string }): Promise<void>
  /**
   * permission.describeResourcePermission({ resourceType: 'function' }): the
   * environment's custom function invoke rule, parsed; null when none is set
   * (a preset, or nothing listed).
   */
  readInvokeRule(): Promise<Record<string, unknown> | null>
  /** permission.modifyResourcePermission({ resourceType: 'function', permission: 'CUSTOM', securityRule }): ModifyResourcePermission. */
  setInvokeRule(rule: Record<string, unknown>): Promise<void>
  /** hosting.uploadFiles: a built folder onto the static hosting under cloudPath. */
  uploadHosting(localDir: string, cloudPath: string): Promise<void>
  /** env.getEnvAuthDomains, then env.createEnvDomain for the missing ones: the web SDK's 安全域名. Returns those added. */
  ensureSafeDomains(domains: string[]): Promise<string[]>
}
