/**
 * The deploy plan: what `npm run deploy -- --dry-run --json` prints, and what a
 * real deploy applies. Names only for environment variables: values (secrets)
 * are made per environment at deploy time and never appear in a plan.
 */

export interface TriggerPlan {
  name: string
  /** CloudBase's 7-field cron (second minute hour day month weekday year), Asia/Shanghai. */
  config: string
}

export interface FunctionPlan {
  name: string
  /** The built folder uploaded as is: build/functions/<name>. */
  dir: string
  timeout: number
  memorySize: number
  triggers: TriggerPlan[]
  envVariableNames: string[]
}

export interface IndexKeyPlan {
  name: string
  direction: 1 | -1
}

export interface IndexPlan {
  name: string
  unique: boolean
  keys: IndexKeyPlan[]
}

export interface CollectionPlan {
  name: string
  indexes: IndexPlan[]
  rules: { read: boolean | string; write: boolean | string }
}

export interface DeployPlan {
  functions: FunctionPlan[]
  collections: CollectionPlan[]
  storageRules: Record<string, unknown>
  invokeRule: Record<string, unknown>
  /** No static web hosting is deployed yet (the staff console is not built). */
  hosting: null
  /** Everything that would stop a real deploy, in plain words; empty when it may go ahead. */
  errors: string[]
}
