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

/** The staff console (console/, built by scripts/build-console.ts --production) on CloudBase static hosting. */
export interface HostingPlan {
  /** The built folder uploaded as is. */
  dir: 'build/console'
  /** Where it lands on the static hosting (the console's base path: https://<domain>/console/). */
  cloudPath: 'console'
  /**
   * The web SDK's 安全域名 (WEB 安全域名): the console's domains from the
   * environment's `consoleDomains`, added when missing. Empty: the deploy
   * says to add the static hosting's default domain by hand.
   */
  safeDomains: string[]
  /** Login methods the console needs switched on (a manual step: 身份认证 → 登录方式). */
  loginMethods: ['anonymous', 'custom']
}

export interface DeployPlan {
  functions: FunctionPlan[]
  collections: CollectionPlan[]
  storageRules: Record<string, unknown>
  invokeRule: Record<string, unknown>
  /** The PC console on the environment's static hosting, and what its web SDK needs. */
  hosting: HostingPlan
  /** Everything that would stop a real deploy, in plain words; empty when it may go ahead. */
  errors: string[]
}
