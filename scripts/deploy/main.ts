/**
 * `npm run deploy`: parse, check credentials (before anything else, so a
 * missing one touches nothing), build the plan, print it, and only then — not
 * a dry-run, no errors — build the bundles and apply through the management
 * library. Exit codes: 0 done, 1 usage/credentials/failure, 2 plan has errors.
 */
import { buildFunctions } from '../build-functions'
import { applyPlan } from './apply'
import { ArgsError, parseDeployArgs, USAGE } from './args'
import { findCredentials, type Credentials } from './credentials'
import { formatPlan } from './format'
import { managerNodeTarget } from './manager-node'
import { buildDeployPlan } from './plan'
import { cloudDatabase } from './sdk'
import { deployToEmulator } from './emulator-command'
import type { DeployTarget } from './target'
import type { Db } from '../admin/target'

export interface DeployIo {
  root: string
  env: NodeJS.ProcessEnv
  out: (text: string) => void
  err: (text: string) => void
  /** The management library; replaced in tests by a fake that records calls. */
  connect?: (credentials: Credentials, envId: string) => DeployTarget
  /** The environment's database for migrations (node SDK); replaced in tests. */
  database?: (credentials: Credentials, envId: string) => Db
}

export const EXIT_OK = 0
export const EXIT_FAILED = 1
export const EXIT_PLAN_ERRORS = 2

export async function runDeploy(argv: string[], io: DeployIo): Promise<number> {
  let args
  try {
    args = parseDeployArgs(argv)
  } catch (err) {
    if (!(err instanceof ArgsError)) throw err
    io.err(`${err.message}\n${USAGE}`)
    return EXIT_FAILED
  }
  if (args.help) {
    io.out(USAGE)
    return EXIT_OK
  }
  if (args.emulator) {
    if (args.env || args.dryRun || args.keyFile) {
      io.err(`--emulator 不能与 --env、--dry-run、--key-file 同用\n${USAGE}`)
      return EXIT_FAILED
    }
    return deployToEmulator(args.emulator, io)
  }

  let credentials: Credentials | null = null
  if (!args.dryRun) {
    const found = findCredentials(io.root, args.keyFile, io.env)
    if (!found.ok) {
      io.err(found.message)
      return EXIT_FAILED
    }
    credentials = found.credentials
  }

  const { plan, envId } = buildDeployPlan({ root: io.root, env: args.env })
  io.out(args.json ? JSON.stringify(plan, null, 2) : formatPlan(plan, envId))
  if (args.dryRun) return plan.errors.length > 0 ? EXIT_PLAN_ERRORS : EXIT_OK
  if (plan.errors.length > 0 || !envId || !credentials) {
    io.err(`计划中有 ${plan.errors.length} 个阻止部署的问题，未做任何修改。`)
    return EXIT_PLAN_ERRORS
  }

  // Progress goes to stderr so that --json keeps stdout a single JSON document.
  const log = (line: string): void => io.err(line)
  try {
    const target = (io.connect ?? managerNodeTarget)(credentials, envId)
    log('构建云函数…')
    await buildFunctions({ root: io.root, log })
    const db = (io.database ?? cloudDatabase)(credentials, envId)
    const result = await applyPlan(plan, target, { root: io.root, log, db })
    log(`部署完成：环境 ${envId}。仍需在控制台手动设置：`)
    for (const step of result.manualSteps) log(`  - ${step}`)
    return EXIT_OK
  } catch (err) {
    io.err(`部署失败：${(err as Error).message}`)
    return EXIT_FAILED
  }
}
