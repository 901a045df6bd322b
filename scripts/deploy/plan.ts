/**
 * Builds the whole deploy plan from the code and the config, touching nothing:
 * no network, no credentials, no writes. Every problem that would stop a real
 * deploy is collected in `errors`; the plan is complete either way.
 */
import { INVOKE_RULE, STORAGE_RULES } from '../../cloudfunctions/_shared/data/security-rules'
import { planCollections } from './collections-plan'
import { loadDeployConfig, type DeployConfig } from './config'
import { planFunctions } from './functions-plan'
import { resolveEnvId, settingsProblems } from './settings-check'
import { templateProblems } from './templates-check'
import { templatesInCode } from './templates-in-code'
import type { DeployPlan } from './types'

export interface PlanOptions {
  root: string
  /** `--env`: an environment name from the config, or a CloudBase env id. */
  env?: string
  configFile?: string
}

export interface PlanResult {
  plan: DeployPlan
  envId: string | null
  config: DeployConfig | null
}

/** The console domains configured for the environment being deployed (by name or by env id). */
function consoleDomains(config: DeployConfig | null, envId: string | null): string[] {
  if (!config || !envId) return []
  const entry = Object.values(config.environments).find((environment) => environment.envId === envId)
  return [...(entry?.consoleDomains ?? [])]
}

export function buildDeployPlan(opts: PlanOptions): PlanResult {
  const loaded = loadDeployConfig(opts.root, opts.configFile)
  const env = resolveEnvId(opts.env, loaded.config)
  const functions = planFunctions(opts.root)
  const collections = planCollections()
  const errors = [
    ...env.errors,
    ...loaded.errors,
    ...(loaded.config ? settingsProblems(opts.root, loaded.config) : []),
    ...(loaded.config ? templateProblems(loaded.config, templatesInCode()) : []),
    ...functions.errors,
    ...collections.errors
  ]
  return {
    plan: {
      functions: functions.functions,
      collections: collections.collections,
      storageRules: { ...STORAGE_RULES },
      invokeRule: JSON.parse(JSON.stringify(INVOKE_RULE)) as Record<string, unknown>,
      hosting: {
        dir: 'build/console',
        cloudPath: 'console',
        safeDomains: consoleDomains(loaded.config, env.envId),
        loginMethods: ['anonymous', 'custom']
      },
      errors
    },
    envId: env.envId,
    config: loaded.config
  }
}
