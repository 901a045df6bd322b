import { execFile } from 'node:child_process'
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, realpathSync, rmSync, symlinkSync } from 'node:fs'
import { builtinModules } from 'node:module'
import os from 'node:os'
import path from 'node:path'
import { parseFunctionConfig } from '../../emulator/functions/config'
import { DEFAULT_FUNCTIONS_DIR, LOCAL_APPID, LOCAL_ENV, ROOT } from '../../emulator/core/constants'
import { startDemoEmulator } from '../support/demo'

/**
 * Go-live acceptance: the built functions are artifacts that run anywhere.
 * Each folder of build/functions is copied, alone, to an empty folder outside
 * the repo and its `main` is invoked there in a separate Node process, with
 * only the variables CloudBase's runtime gives a function (SCF's platform
 * variables, the caller's WX_* context, the function secrets), against the
 * emulator's admin endpoint. Nothing of the repo is reachable from there but
 * the one declared dependency, @cloudbase/node-sdk (see installDeclaredDependencies).
 */
const SDK = '@cloudbase/node-sdk'
const BUILTINS = new Set([...builtinModules, ...builtinModules.map((name) => `node:${name}`)])
/** Strings that only the emulator and its dev tooling use: none may be in a deployed bundle. */
const DEV_ONLY_MARKERS = ['x-demo-openid', '/gateway/', '_emulator', 'demoOpenId', 'ps-dev-switcher', 'demo-openid', '127.0.0.1', '.test-data']

/** The harmless read each function is called with, and who calls it. */
const READS: Record<string, { action: string; payload: Record<string, unknown>; as: 'orgDepartment' | 'member' }> = {
  me: { action: 'whoami', payload: {}, as: 'member' },
  org: { action: 'units.tree', payload: {}, as: 'orgDepartment' },
  notices: { action: 'notices.list', payload: { view: 'member' }, as: 'member' },
  meetings: { action: 'meetings.list', payload: { view: 'member' }, as: 'member' },
  feedback: { action: 'feedback.mine', payload: {}, as: 'member' },
  // Refusing a scene that is no live sign-in writes nothing and answers ok.
  signin: { action: 'signin.cancel', payload: { scene: 'l' + 'a'.repeat(24) }, as: 'member' },
  dashboard: { action: 'dashboard.view', payload: { scope: { period: 'year', day: new Date().toISOString().slice(0, 10) } }, as: 'orgDepartment' }
}

function builtFunctions(): string[] {
  if (!existsSync(DEFAULT_FUNCTIONS_DIR)) {
    throw new Error(`${path.relative(ROOT, DEFAULT_FUNCTIONS_DIR)}/ 不存在：先运行 npm run build:functions`)
  }
  const names = readdirSync(DEFAULT_FUNCTIONS_DIR, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort()
  if (names.length === 0) throw new Error(`${path.relative(ROOT, DEFAULT_FUNCTIONS_DIR)}/ 是空的：先运行 npm run build:functions`)
  return names
}

/** Every literal `require("…")` in a bundle. */
function requiredModules(source: string): string[] {
  return [...new Set([...source.matchAll(/\brequire\(\s*["'`]([^"'`]+)["'`]\s*\)/g)].map((match) => match[1]))].sort()
}

/**
 * CloudBase runs `npm install` on the uploaded folder's package.json (the
 * build writes one declaring only @cloudbase/node-sdk, at the repo's exact
 * version) before the function first runs. This closed network has no
 * registry, so the test stands in for that install with the very package the
 * repo installed: a symlink at <folder>/node_modules/@cloudbase/node-sdk.
 * Node resolves a symlinked package by its real path, so the SDK finds its
 * own dependencies beside it in the repo's node_modules, as an installed copy
 * would find them in its own. Only the declared dependency is linked, and the
 * child gets no NODE_PATH: a bundle that required anything else would fail.
 */
function installDeclaredDependencies(folder: string, dependencies: Record<string, string>): void {
  for (const name of Object.keys(dependencies)) {
    const target = path.join(ROOT, 'node_modules', name)
    const link = path.join(folder, 'node_modules', name)
    mkdirSync(path.dirname(link), { recursive: true })
    symlinkSync(target, link, 'dir')
  }
}

interface Invocation {
  result: unknown
  /** Module files the child loaded outside its own folder. */
  foreign: string[]
  stderr: string
}

/** The child: loads the copied index.js from its own folder, calls main as SCF does, prints the result and what it loaded. */
const CHILD = `
const event = JSON.parse(process.env.PS_TEST_EVENT)
const context = JSON.parse(process.env.PS_TEST_CONTEXT)
delete process.env.PS_TEST_EVENT
delete process.env.PS_TEST_CONTEXT
const mod = require('./index.js')
if (typeof mod.main !== 'function') { console.error('index.js does not export main'); process.exit(2) }
const here = require('fs').realpathSync(process.cwd()) + '/'
Promise.resolve(mod.main(event, { ...context, getRemainingTimeInMillis: () => context.time_limit_in_ms })).then(
  (result) => {
    const foreign = Object.keys(require.cache).filter((file) => !file.startsWith(here))
    process.stdout.write(JSON.stringify({ result, foreign }), () => process.exit(0))
  },
  (error) => { console.error(error && error.stack || error); process.exit(1) }
)
`

function invoke(folder: string, env: Record<string, string>, event: unknown, context: unknown): Promise<Invocation> {
  return new Promise((resolve, reject) => {
    execFile(
      process.execPath,
      ['-e', CHILD],
      // A clean environment, not the test's: only what CloudBase would give the function.
      // (The cast: the project's ProcessEnv type declares the H5 build's TARO_ENV, which a function never has.)
      {
        cwd: folder,
        env: { ...env, PS_TEST_EVENT: JSON.stringify(event), PS_TEST_CONTEXT: JSON.stringify(context) } as unknown as NodeJS.ProcessEnv,
        timeout: 30_000
      },
      (error, stdout, stderr) => {
        if (error) return reject(new Error(`main in ${folder} failed (${error.message}):\n${stderr}`))
        try {
          resolve({ ...(JSON.parse(stdout) as Omit<Invocation, 'stderr'>), stderr })
        } catch {
          reject(new Error(`main in ${folder} printed no result:\n${stdout}\n${stderr}`))
        }
      }
    )
  })
}

describe('built functions: self-contained artifacts', () => {
  jest.setTimeout(60_000)
  const names = builtFunctions()
  const copies = new Map<string, string>()
  let demo: Awaited<ReturnType<typeof startDemoEmulator>>

  beforeAll(async () => {
    for (const name of names) {
      const folder = mkdtempSync(path.join(os.tmpdir(), 'fn-'))
      cpSync(path.join(DEFAULT_FUNCTIONS_DIR, name), folder, { recursive: true })
      copies.set(name, folder)
    }
    demo = await startDemoEmulator()
  })
  afterAll(async () => {
    await demo?.close()
    for (const folder of copies.values()) rmSync(folder, { recursive: true, force: true })
  })

  it('builds the functions this test calls, and no other', () => {
    expect(names).toEqual(Object.keys(READS).sort())
  })

  it.each(names)('%s: the folder holds index.js, config.json and package.json, outside the repo', (name) => {
    const folder = copies.get(name)!
    expect(realpathSync(folder).startsWith(realpathSync(ROOT) + path.sep)).toBe(false)
    expect(readdirSync(folder).sort()).toEqual(['config.json', 'index.js', 'package.json'])
    // config.json is the source's (timeout, permissions, timers), and one CloudBase accepts.
    const config = JSON.parse(readFileSync(path.join(folder, 'config.json'), 'utf8')) as unknown
    expect(config).toEqual(JSON.parse(readFileSync(path.join(ROOT, 'cloudfunctions', name, 'config.json'), 'utf8')))
    expect(() => parseFunctionConfig(config, `${name}/config.json`)).not.toThrow()
    // package.json: index.js is the entry; the only dependency is the SDK, at the version the repo tested with.
    const pkg = JSON.parse(readFileSync(path.join(folder, 'package.json'), 'utf8')) as { main?: string; dependencies?: Record<string, string> }
    const installed = (JSON.parse(readFileSync(path.join(ROOT, 'node_modules', SDK, 'package.json'), 'utf8')) as { version: string }).version
    expect(pkg.main ?? 'index.js').toBe('index.js')
    expect(pkg.dependencies).toEqual({ [SDK]: installed })
  })

  it.each(names)('%s: index.js requires only Node built-ins and the declared SDK, and has no repo path or dev-only code', (name) => {
    const source = readFileSync(path.join(copies.get(name)!, 'index.js'), 'utf8')
    const external = requiredModules(source).filter((id) => !BUILTINS.has(id))
    expect(external).toEqual([SDK])
    expect(source).not.toMatch(/\brequire\(\s*["'`]\.{1,2}\//)
    expect(source).not.toContain(ROOT)
    expect(source).not.toMatch(/["'`]\/work\//)
    expect(DEV_ONLY_MARKERS.filter((marker) => source.includes(marker))).toEqual([])
    // The one mention of the emulator allowed: the clock reads EMULATOR_NOW from the environment
    // (cloudfunctions/_shared/runtime/clock.ts), a variable CloudBase never sets.
    expect([...new Set(source.match(/\w*emulator\w*/gi) ?? [])].filter((word) => word !== 'EMULATOR_NOW')).toEqual([])
  })

  it.each(names)("%s: main runs from the copy with only CloudBase's environment, as a demo account, and answers ok", async (name) => {
    const read = READS[name]
    const folder = copies.get(name)!
    const pkg = JSON.parse(readFileSync(path.join(folder, 'package.json'), 'utf8')) as { dependencies: Record<string, string> }
    if (!existsSync(path.join(folder, 'node_modules'))) installDeclaredDependencies(folder, pkg.dependencies)

    const caller =
      read.as === 'orgDepartment' ? demo.accounts.find((a) => a.label.endsWith(' · 组织部'))! : demo.accounts.find((a) => a.label.endsWith(' · 党员'))!
    const timeout = (JSON.parse(readFileSync(path.join(folder, 'config.json'), 'utf8')) as { timeout?: number }).timeout ?? 3
    // What SCF gives every instance of a CloudBase function (emulator/functions/env.ts copies the same):
    // TCB_CONTEXT_CNFG is where the SDK finds the service; here the emulator's admin endpoint.
    const platform: Record<string, string> = {
      PATH: process.env.PATH ?? '/usr/bin:/bin',
      TENCENTCLOUD_RUNENV: 'SCF',
      TENCENTCLOUD_REGION: 'ap-shanghai',
      TENCENTCLOUD_SECRETID: 'local',
      TENCENTCLOUD_SECRETKEY: 'local',
      TENCENTCLOUD_SESSIONTOKEN: '',
      SCF_NAMESPACE: LOCAL_ENV,
      SCF_FUNCTIONNAME: name,
      SCF_FUNCTIONVERSION: '$LATEST',
      SCF_RUNTIME: 'Nodejs18.15',
      TCB_ENV: LOCAL_ENV,
      TCB_CONTEXT_CNFG: JSON.stringify({ URL: demo.emulator.adminUrl }),
      // The function's own variables, as a deploy sets them.
      ...demo.emulator.secrets
    }
    // Per invocation from the mini-program: the caller's WeChat context, and TCB's.
    const invocation: Record<string, string> = {
      WX_OPENID: caller.openId,
      WX_APPID: LOCAL_APPID,
      WX_UNIONID: '',
      WX_CLIENTIP: '',
      WX_CLIENTIPV6: '',
      WX_CONTEXT_KEYS: 'WX_OPENID,WX_APPID,WX_UNIONID,WX_CLIENTIP,WX_CLIENTIPV6',
      TCB_SEQID: `artifact-${name}`,
      TRIGGER_SRC: 'tcb',
      TCB_SOURCE: 'wx_client',
      TCB_UUID: '',
      TCB_ISANONYMOUS_USER: 'false',
      TCB_CONTEXT_KEYS: 'TCB_ENV,TCB_SEQID,TRIGGER_SRC,TCB_SOURCE,TCB_UUID,TCB_ISANONYMOUS_USER'
    }
    const visible = { SCF_NAMESPACE: LOCAL_ENV, TENCENTCLOUD_RUNENV: 'SCF', TCB_ENV: LOCAL_ENV, ...invocation }
    const context = {
      request_id: `artifact-${name}`,
      function_name: name,
      function_version: '$LATEST',
      namespace: LOCAL_ENV,
      tencentcloud_region: 'ap-shanghai',
      memory_limit_in_mb: 256,
      time_limit_in_ms: timeout * 1000,
      environ: Object.entries(visible)
        .map(([k, v]) => `${k}=${v}`)
        .join(';'),
      environment: JSON.stringify(visible)
    }

    const { result, foreign, stderr } = await invoke(folder, { ...platform, ...invocation }, { action: read.action, payload: read.payload }, context)
    expect({ name, result }).toMatchObject({ name, result: { ok: true } })
    expect(stderr).toBe('')
    // Outside its own folder, the function loaded only the installed SDK and its dependencies: no repo source.
    expect(foreign.filter((file) => !file.includes(`${path.sep}node_modules${path.sep}`))).toEqual([])
    // The platform's identity reached the function: the caller is recognised, and sees their data.
    if (name === 'me') expect(result).toMatchObject({ data: { member: { name: caller.name } } })
    if (name === 'org') expect((result as { data: Array<{ type: string }> }).data.filter((unit) => unit.type === 'committee')).toHaveLength(1)
  })
})
