/**
 * `npm run deploy`: parse, check credentials (before anything else, so a
 * missing one touches nothing), build the plan, print it, and only then — not
 * a dry-run, no errors — build the bundles and apply through the management
 * library. Exit codes: 0 done, 1 usage/credentials/failure, 2 plan has errors.
 */
import { readFileSync } from 'node:fs'
import { isAbsolute, relative, resolve } from 'node:path'
import { customLoginKeySchema } from '../../cloudfunctions/_shared/runtime/custom-login-key'
import { buildConsole } from '../build-console'
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
  /** The console's production build (scripts/build-console.ts); replaced in tests. */
  buildConsole?: typeof buildConsole
}

/** The custom-login key file: outside the repo (it signs logins for every member), in the console's download shape. */
function readCustomLoginKey(root: string, file: string): { ok: true; json: string } | { ok: false; message: string } {
  const path = resolve(root, file)
  const inside = relative(root, path)
  if (!inside.startsWith('..') && !isAbsolute(inside)) return { ok: false, message: `自定义登录私钥文件 ${file} 在代码库之内：请移到代码库之外再部署` }
  let parsed: unknown
  try {
    parsed = JSON.parse(readFileSync(path, 'utf8'))
  } catch (err) {
    return { ok: false, message: `无法读取自定义登录私钥文件 ${file}：${(err as Error).message}` }
  }
  const key = customLoginKeySchema.safeParse(parsed)
  if (!key.success) return { ok: false, message: `${file} 不是云开发控制台下载的自定义登录私钥（应含 private_key_id、private_key、env_id）` }
  return { ok: true, json: JSON.stringify(key.data) }
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
    if (args.env || args.dryRun || args.keyFile || args.customLoginKey) {
      io.err(`--emulator 不能与 --env、--dry-run、--key-file、--custom-login-key 同用\n${USAGE}`)
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

  let customLoginKey: string | undefined
  if (args.customLoginKey && !args.dryRun) {
    const read = readCustomLoginKey(io.root, args.customLoginKey)
    if (!read.ok) {
      io.err(read.message)
      return EXIT_FAILED
    }
    customLoginKey = read.json
  }

  const { plan, envId, config } = buildDeployPlan({ root: io.root, env: args.env })
  io.out(args.json ? JSON.stringify(plan, null, 2) : formatPlan(plan, envId))
  if (args.dryRun) return plan.errors.length > 0 ? EXIT_PLAN_ERRORS : EXIT_OK
  if (plan.errors.length > 0 || !envId || !credentials) {
    io.err(`计划中有 ${plan.errors.length} 个阻止部署的问题，未做任何修改。`)
    return EXIT_PLAN_ERRORS
  }
  // node-sdk's createTicket refuses a key of another environment at every sign-in: refuse it here instead.
  if (customLoginKey && (JSON.parse(customLoginKey) as { env_id: string }).env_id !== envId) {
    io.err(`自定义登录私钥属于另一个环境（env_id 与 ${envId} 不同），未做任何修改。`)
    return EXIT_FAILED
  }

  // Progress goes to stderr so that --json keeps stdout a single JSON document.
  const log = (line: string): void => io.err(line)
  try {
    const target = (io.connect ?? managerNodeTarget)(credentials, envId)
    log('构建云函数…')
    await buildFunctions({ root: io.root, log, production: true })
    log('构建管理端（生产版：只有扫码登录）…')
    await (io.buildConsole ?? buildConsole)({
      outDir: resolve(io.root, plan.hosting.dir),
      production: true,
      env: envId,
      base: `/${plan.hosting.cloudPath}/`,
      log
    })
    const db = (io.database ?? cloudDatabase)(credentials, envId)
    const result = await applyPlan(plan, target, { root: io.root, log, db, customLoginKey, quotaDefaults: config?.quotaDefaults })
    log(`部署完成：环境 ${envId}。仍需在控制台手动设置：`)
    for (const step of result.manualSteps) log(`  - ${step}`)
    return EXIT_OK
  } catch (err) {
    io.err(`部署失败：${(err as Error).message}`)
    return EXIT_FAILED
  }
}
