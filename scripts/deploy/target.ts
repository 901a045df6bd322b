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
}

export interface DeployedFunction {
  envVariables: Record<string, string>
  triggerNames: string[]
}

export interface DeployTarget {
  /** database.createCollectionIfNotExists */
  createCollectionIfNotExists(name: string): Promise<void>
  /** database.checkIndexExists */
  indexExists(collection: string, index: string): Promise<boolean>
  /** database.updateCollection(name, { CreateIndexes }): creates only, never drops. */
  createIndexes(collection: string, indexes: CreateIndexRequest[]): Promise<void>
  /** commonService ModifySafeRule (AclTag CUSTOM, Rule as a JSON string). */
  setCollectionRule(collection: string, rule: Record<string, unknown>): Promise<void>
  /** commonService DescribeSafeRule: the rule as the platform holds it, to compare after setting. */
  readCollectionRule(collection: string): Promise<Record<string, unknown> | null>
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
}
