import { spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { buildFunctions } from '../../scripts/build-functions'
import { COLLECTIONS } from '../../cloudfunctions/_shared/data/collections'
import { SECRET_NAMES } from '../../cloudfunctions/_shared/runtime/secrets'
import type { DeployPlan } from '../../scripts/deploy/types'

/**
 * `npm run deploy -- --dry-run --json` as an operator runs it (a child process,
 * stdout parsed), checked against the code it claims to deploy: every built
 * function, every trigger, every collection and index, the rules, and no
 * secret value anywhere in what it prints.
 */
const root = join(__dirname, '..', '..')
const builtDir = join(root, 'build', 'functions')

/** Fake values that must never be printed: the functions' secrets (set by test/support/function-secrets.ts) and API keys. */
const FAKE_API_ID = 'AKIDfakeDeployPlanTest0123456789'
const FAKE_API_KEY = 'fakeSecretKeyForDeployPlanTest9876543210'

function deploy(args: string[], env: NodeJS.ProcessEnv = process.env): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [join(root, 'node_modules', 'tsx', 'dist', 'cli.mjs'), join(root, 'scripts', 'deploy.ts'), ...args], {
    cwd: root,
    env,
    encoding: 'utf8',
    timeout: 60_000
  })
  return { status: result.status, stdout: result.stdout, stderr: result.stderr }
}

function withoutCredentials(): NodeJS.ProcessEnv {
  const env = { ...process.env }
  delete env.TENCENTCLOUD_SECRETID
  delete env.TENCENTCLOUD_SECRETKEY
  delete env.TENCENTCLOUD_SESSIONTOKEN
  return env
}

interface RawConfig {
  envVariables?: Record<string, string>
  triggers?: Array<{ name: string; config: string }>
}

const configOf = (name: string): RawConfig => JSON.parse(readFileSync(join(root, 'cloudfunctions', name, 'config.json'), 'utf8')) as RawConfig

let run: { status: number | null; stdout: string; stderr: string }
let plan: DeployPlan

beforeAll(async () => {
  // Building takes about a second; only when a fresh clone has no bundles yet.
  if (!existsSync(builtDir)) await buildFunctions({ root, log: () => undefined })
  run = deploy(['--env', 'test-env', '--dry-run', '--json'], { ...process.env, TENCENTCLOUD_SECRETID: FAKE_API_ID, TENCENTCLOUD_SECRETKEY: FAKE_API_KEY })
  plan = JSON.parse(run.stdout) as DeployPlan
}, 120_000)

describe('deploy --dry-run --json', () => {
  it('prints exactly the plan shape', () => {
    expect(Object.keys(plan).sort()).toEqual(['collections', 'errors', 'functions', 'hosting', 'invokeRule', 'storageRules'])
    for (const fn of plan.functions) {
      expect(Object.keys(fn).sort()).toEqual(['dir', 'envVariableNames', 'memorySize', 'name', 'timeout', 'triggers'])
      for (const t of fn.triggers) expect(Object.keys(t).sort()).toEqual(['config', 'name'])
    }
    for (const c of plan.collections) {
      expect(Object.keys(c).sort()).toEqual(['indexes', 'name', 'rules'])
      for (const i of c.indexes) {
        expect(Object.keys(i).sort()).toEqual(['keys', 'name', 'unique'])
        for (const k of i.keys) expect(Object.keys(k).sort()).toEqual(['direction', 'name'])
      }
    }
    expect(plan.hosting).toEqual({ dir: 'build/console', cloudPath: 'console', safeDomains: [], loginMethods: ['anonymous', 'custom'] })
  })

  it('lists every built function folder, from build/functions/<name>, with its timeout', () => {
    const built = readdirSync(builtDir, { withFileTypes: true })
      .filter((d) => d.isDirectory())
      .map((d) => d.name)
      .sort()
    expect(plan.functions.map((f) => f.name).sort()).toEqual(built)
    for (const fn of plan.functions) {
      expect(fn.dir).toBe(`build/functions/${fn.name}`)
      expect(fn.timeout).toBe((configOf(fn.name) as { timeout?: number }).timeout ?? 3)
      expect(fn.memorySize).toBeGreaterThanOrEqual(128)
    }
  })

  it('carries every trigger of every config.json, the dashboard four on one function', () => {
    for (const fn of plan.functions) {
      const declared = (configOf(fn.name).triggers ?? []).map((t) => ({ name: t.name, config: t.config }))
      expect(fn.triggers).toEqual(declared)
    }
    expect(plan.functions.find((f) => f.name === 'dashboard')?.triggers).toHaveLength(4)
  })

  it('names the environment variables: config settings plus every secret, and the custom-login key for signin only', () => {
    for (const fn of plan.functions) {
      const settings = Object.keys(configOf(fn.name).envVariables ?? {})
      const loginKey = fn.name === 'signin' ? ['PS_CUSTOM_LOGIN_KEY'] : []
      expect([...fn.envVariableNames].sort()).toEqual([...new Set([...settings, ...SECRET_NAMES, ...loginKey])].sort())
    }
  })

  it('has every collection and index of collections.ts, all closed to clients', () => {
    expect(plan.collections.map((c) => c.name)).toEqual(COLLECTIONS.map((c) => c.name))
    for (const declared of COLLECTIONS) {
      const planned = plan.collections.find((c) => c.name === declared.name)
      expect(planned?.rules).toEqual({ read: false, write: false })
      expect(planned?.indexes).toEqual(
        (declared.indexes ?? []).map((i) => ({
          name: i.name,
          unique: i.unique === true,
          keys: Object.entries(i.keys).map(([name, direction]) => ({ name, direction }))
        }))
      )
    }
  })

  it('closes storage and lets only signed-in callers invoke functions', () => {
    expect(plan.storageRules).toEqual({ read: false, write: false })
    expect(plan.invokeRule).toEqual({ '*': { invoke: 'auth != null' } })
  })

  it('prints no environment variable value, secret or API key', () => {
    const printed = run.stdout + run.stderr
    const values = [...SECRET_NAMES.map((name) => process.env[name]), FAKE_API_ID, FAKE_API_KEY]
    for (const value of values) {
      expect(typeof value).toBe('string')
      expect(printed).not.toContain(value as string)
    }
    for (const fn of plan.functions) for (const value of Object.values(configOf(fn.name).envVariables ?? {})) expect(printed).not.toContain(value)
  })

  it('lists each placeholder the repo ships as an error, and exits 2', () => {
    expect(run.status).toBe(2)
    const placeholders = ['TEMPLATE_STUDY_NOTICE', 'TEMPLATE_MEETING', 'TEMPLATE_QUOTA', 'touristappid']
    for (const placeholder of placeholders) {
      expect(plan.errors.some((e) => e.includes(placeholder))).toBe(true)
    }
    // Nothing else: the shipped config and code agree on everything else (fields, quota defaults, crons, settings).
    expect(plan.errors.filter((e) => !placeholders.some((p) => e.includes(p)))).toEqual([])
  })

  it('reports a missing env id as an error, still printing the plan', () => {
    const missing = deploy(['--dry-run', '--json'], withoutCredentials())
    expect(missing.status).toBe(2)
    const printed = JSON.parse(missing.stdout) as DeployPlan
    expect(printed.functions.length).toBe(plan.functions.length)
    expect(printed.errors.some((e) => e.includes('--env'))).toBe(true)
  })
})

describe('deploy without --dry-run', () => {
  it('stops with exit 1 and a clear message when there are no credentials, printing no plan', () => {
    const result = deploy(['--env', 'test-env'], withoutCredentials())
    expect(result.status).toBe(1)
    expect(result.stderr).toMatch(/TENCENTCLOUD_SECRETID/)
    expect(result.stdout).toBe('')
  })

  it('refuses a key file inside the repo before reading it', () => {
    const inRepo = mkdtempSync(join(root, 'build', 'deploy-key-'))
    try {
      const file = join(inRepo, 'key.json')
      writeFileSync(file, JSON.stringify({ secretId: FAKE_API_ID, secretKey: FAKE_API_KEY }))
      const result = deploy(['--env', 'test-env', '--key-file', file], withoutCredentials())
      expect(result.status).toBe(1)
      expect(result.stderr).toMatch(/代码库/)
      expect(result.stdout + result.stderr).not.toContain(FAKE_API_KEY)
    } finally {
      rmSync(inRepo, { recursive: true, force: true })
    }
  })

  it('with credentials but placeholders, prints the plan and exits 2 without connecting', () => {
    const outside = mkdtempSync(join(tmpdir(), 'deploy-key-'))
    try {
      const file = join(outside, 'key.json')
      writeFileSync(file, JSON.stringify({ secretId: FAKE_API_ID, secretKey: FAKE_API_KEY }))
      const result = deploy(['--env', 'test-env', '--key-file', file, '--json'], withoutCredentials())
      expect(result.status).toBe(2)
      expect((JSON.parse(result.stdout) as DeployPlan).errors.length).toBeGreaterThan(0)
      expect(result.stdout + result.stderr).not.toContain(FAKE_API_KEY)
    } finally {
      rmSync(outside, { recursive: true, force: true })
    }
  })
})
