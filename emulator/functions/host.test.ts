/**
 * The function host against small plain-JS functions that use the real
 * `@cloudbase/node-sdk` (resolved from the repo's node_modules, hence the fixtures
 * under `.test-data/`), and a stub SDK endpoint standing in for the emulator.
 */
import { mkdirSync, rmSync, utimesSync, writeFileSync } from 'node:fs'
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { join } from 'node:path'
import { EmulatorError, ErrorCode } from '../core/errors'
import { availableParallelism } from 'node:os'
import { FunctionHost, defaultMaxWorkers } from './host'
import { functionActions } from './operations'

const ROOT = join(__dirname, '..', '..', '.test-data', `host-test-${process.pid}`)

const FIXTURES: Record<string, { index: string; config?: object }> = {
  whoami: {
    index: `
      const tcb = require('@cloudbase/node-sdk')
      const { threadId } = require('node:worker_threads')
      const app = tcb.init({ env: tcb.SYMBOL_CURRENT_ENV })
      exports.main = async (event, context) => {
        const before = app.auth().getUserInfo()
        await new Promise(r => setTimeout(r, event.delayMs || 0))
        const after = app.auth().getUserInfo()
        const ctx = tcb.getCloudbaseContext(context)
        return {
          before, after, threadId,
          ctxOpenId: ctx.WX_OPENID,
          envOpenId: process.env.WX_OPENID,
          source: process.env.TCB_SOURCE,
          triggerSrc: process.env.TRIGGER_SRC,
          event,
          context: { ...context, remaining: context.getRemainingTimeInMillis() },
          tzOffset: new Date(0).getTimezoneOffset(),
          secretId: process.env.TENCENTCLOUD_SECRETID
        }
      }`
  },
  sdkcall: {
    index: `
      const tcb = require('@cloudbase/node-sdk')
      exports.main = async () => {
        const app = tcb.init({ env: tcb.SYMBOL_CURRENT_ENV })
        const got = await app.database().collection('notices').where({ n: 1 }).get()
        const called = await app.callFunction({ name: 'other', data: { a: 1 } })
        return { got: got.data, called: called.result }
      }`
  },
  slow: {
    config: { timeout: 1 },
    index: `
      const { threadId } = require('node:worker_threads')
      exports.main = async (event) => {
        if (event.mode === 'spin') for (;;) {}
        if (event.mode === 'wait') await new Promise(r => setTimeout(r, 5000))
        return { threadId }
      }`
  },
  boom: {
    index: `
      exports.main = async (event) => {
        console.log('about to fail')
        if (event.mode === 'string') throw 'plain string'
        if (event.mode === 'type') null.x
        if (event.mode === 'unhandled') { Promise.reject(new Error('nobody awaits this')); await new Promise(r => setTimeout(r, 200)) }
        if (event.mode === 'exit') process.exit(3)
        throw new Error('炸了：数据不对')
      }`
  },
  plain: {
    index: `
      exports.main = (event) => ({ sum: event.a + event.b, at: new Date(Date.UTC(2026, 0, 1)) })`
  },
  callback: {
    index: `
      exports.main = (event, context, callback) => { setTimeout(() => callback(null, { via: 'callback' }), 5) }`
  },
  broken: { index: `exports.main = async () => {` },
  nomain: { index: `exports.handler = async () => 1` },
  badconfig: { index: `exports.main = () => 1`, config: { timeout: 100 } },
  version: { index: `exports.main = () => 'v1'` }
}

let server: Server
let adminUrl: string
let requests: Array<{ url: string; headers: IncomingHttpHeaders; body: Record<string, unknown> }>
let logs: Array<{ name: string; line: string; stream: string }>
let host: FunctionHost

function writeFixture(name: string, index: string, config?: object): void {
  const dir = join(ROOT, name)
  mkdirSync(dir, { recursive: true })
  writeFileSync(join(dir, 'index.js'), index)
  if (config) writeFileSync(join(dir, 'config.json'), JSON.stringify(config))
}

beforeAll(async () => {
  rmSync(ROOT, { recursive: true, force: true })
  for (const [name, f] of Object.entries(FIXTURES)) writeFixture(name, f.index, f.config)
  mkdirSync(join(ROOT, '_shared'), { recursive: true })
  writeFileSync(join(ROOT, '_shared', 'index.js'), '')

  requests = []
  server = createServer((req, res) => {
    let text = ''
    req.on('data', (c) => (text += c))
    req.on('end', () => {
      const body = JSON.parse(text) as Record<string, unknown>
      requests.push({ url: req.url ?? '', headers: req.headers, body })
      const data =
        body.action === 'functions.invokeFunction'
          ? { response_data: JSON.stringify({ echoed: JSON.parse(body.request_data as string) }) }
          : { list: [JSON.stringify({ _id: 'n1', n: { $numberInt: '1' } })] }
      res.setHeader('content-type', 'application/json')
      res.end(JSON.stringify({ requestId: 'stub', data, total: 1, limit: 100, offset: 0 }))
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  adminUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/admin`
  logs = []
  host = new FunctionHost({
    functionsDir: ROOT,
    adminUrl,
    env: 'local-test',
    appId: 'wxTESTAPP',
    // More than a 2-core machine's default: the pool tests below need bursts wider than the idle cap.
    maxWorkersPerFunction: 16,
    log: (name, line, stream) => logs.push({ name, line, stream })
  })
})

afterAll(async () => {
  await host?.close()
  await new Promise((resolve) => server?.close(resolve))
  rmSync(ROOT, { recursive: true, force: true })
})

interface WhoAmI {
  before: { openId: string; appId: string; uid: string }
  after: { openId: string }
  threadId: number
  ctxOpenId?: string
  envOpenId?: string
  source?: string
  triggerSrc?: string
  event: Record<string, unknown>
  context: Record<string, unknown>
  tzOffset: number
  secretId: string
}

async function expectRejection(promise: Promise<unknown>, code: string, message: RegExp): Promise<EmulatorError> {
  const err = await promise.then(
    () => {
      throw new Error('expected a rejection')
    },
    (e: unknown) => e
  )
  expect(err).toBeInstanceOf(EmulatorError)
  expect((err as EmulatorError).code).toBe(code)
  expect((err as EmulatorError).message).toMatch(message)
  return err as EmulatorError
}

describe('FunctionHost', () => {
  test('lists built functions, skipping _shared', () => {
    expect(host.list()).toEqual(Object.keys(FIXTURES).sort())
    expect(host.config('slow').timeout).toBe(1)
    expect(host.config('plain')).toEqual({ timeout: 3, envVariables: {}, triggers: [], permissions: { openapi: [] } })
  })

  test("the caller's identity reaches getUserInfo(), getCloudbaseContext(context) and context", async () => {
    const r = (await host.invoke('whoami', { hello: 1 }, { openId: 'oAlice', uid: 'u-alice', source: 'wx_client', clientIp: '10.0.0.1' })) as WhoAmI
    expect(r.before).toEqual({ openId: 'oAlice', appId: 'wxTESTAPP', uid: 'u-alice', customUserId: '', isAnonymous: false })
    expect(r.ctxOpenId).toBe('oAlice')
    expect(r.source).toBe('wx_client')
    expect(r.triggerSrc).toBe('tcb')
    expect(r.event).toEqual({ hello: 1 })
    expect(r.secretId).toBe('local')
    expect(r.tzOffset).toBe(0)
    expect(r.context).toMatchObject({
      function_name: 'whoami',
      function_version: '$LATEST',
      namespace: 'local-test',
      memory_limit_in_mb: 256,
      time_limit_in_ms: 3000,
      callbackWaitsForEmptyEventLoop: true
    })
    expect(r.context.request_id).toMatch(/^[0-9a-f-]{36}$/)
    expect(r.context.environ).toContain('WX_OPENID=oAlice;')
    expect(JSON.parse(r.context.environment as string)).toMatchObject({ WX_OPENID: 'oAlice', WX_APPID: 'wxTESTAPP', TCB_SOURCE: 'wx_client' })
    expect(r.context.remaining).toBeGreaterThan(2000)
  })

  test('identity is removed after each invocation (a warm instance keeps nothing)', async () => {
    const first = (await host.invoke('whoami', {}, { openId: 'oBob', source: 'wx_client' })) as WhoAmI
    const second = (await host.invoke('whoami', {}, { source: 'timer' })) as WhoAmI
    expect(second.threadId).toBe(first.threadId)
    expect(second.before.openId).toBe('')
    expect(second.envOpenId).toBeUndefined()
    expect(second.triggerSrc).toBe('timer')
  })

  test('keeps the instances of a burst warm for the next wave instead of starting them again', async () => {
    // White-box: the pool's instance count, since thread ids alone cannot tell a warm instance that sat out a wave.
    const instances = (): number => (host as unknown as { pools: Map<string, { instances: Set<unknown> }> }).pools.get('whoami')?.instances.size ?? 0
    // Each call lasts long enough that the first wave starts all 12 instances even on a loaded machine (cold starts are throttled).
    const wave = () => Promise.all(Array.from({ length: 12 }, (_, i) => host.invoke('whoami', { delayMs: 2000 }, { openId: `oWave${i}`, source: 'wx_client' })))
    await wave()
    await wave()
    const afterBurst = instances()
    expect(afterBurst).toBeGreaterThan(4) // more than the few kept for good: the burst's instances stay warm
    await wave()
    expect(instances()).toBe(afterBurst) // the next wave found them warm and started none
  }, 30_000)

  test('50 concurrent invocations as 50 users each see only their own OPENID', async () => {
    const users = Array.from({ length: 50 }, (_, i) => `oUser${String(i).padStart(2, '0')}`)
    const results = (await Promise.all(users.map((openId, i) => host.invoke('whoami', { delayMs: (i * 7) % 40 }, { openId, source: 'wx_client' })))) as WhoAmI[]
    results.forEach((r, i) => {
      expect(r.before.openId).toBe(users[i])
      expect(r.after.openId).toBe(users[i])
      expect(r.ctxOpenId).toBe(users[i])
    })
    const threads = new Set(results.map((r) => r.threadId))
    expect(threads.size).toBeGreaterThan(1) // ran in parallel instances
  })

  test('by default a burst runs on at most twice the cores in instances and the rest queue, all answered', async () => {
    expect(defaultMaxWorkers()).toBe(Math.max(2, availableParallelism() * 2))
    const local = new FunctionHost({ functionsDir: ROOT, adminUrl, env: 'local-test', appId: 'wxTESTAPP', log: () => undefined })
    try {
      const count = defaultMaxWorkers() * 3
      const results = (await Promise.all(
        Array.from({ length: count }, (_, i) => local.invoke('whoami', { delayMs: 100 }, { openId: `oQueue${i}`, source: 'wx_client' }))
      )) as WhoAmI[]
      expect(results.map((r) => r.ctxOpenId)).toEqual(Array.from({ length: count }, (_, i) => `oQueue${i}`))
      const threads = new Set(results.map((r) => r.threadId))
      expect(threads.size).toBeGreaterThan(1)
      expect(threads.size).toBeLessThanOrEqual(defaultMaxWorkers())
    } finally {
      await local.close()
    }
  }, 20_000)

  test('SDK calls inside a function reach adminUrl as the current env, with no metadata probe', async () => {
    requests.length = 0
    const r = (await host.invoke('sdkcall', {}, { openId: 'oCarol', source: 'wx_client' })) as {
      got: unknown[]
      called: unknown
    }
    expect(r.got).toEqual([{ _id: 'n1', n: 1 }])
    expect(r.called).toEqual({ echoed: { a: 1 } })
    expect(requests.map((q) => q.body.action)).toEqual(['database.getDocument', 'functions.invokeFunction'])
    for (const q of requests) {
      expect(q.url).toMatch(/^\/admin\?env=local-test&seqId=/)
      expect(q.body.envName).toBe('local-test')
      // The SDK tags requests with its run environment: 'scf' means it knew it was in a
      // function and skipped the cloud metadata lookups (30 ms each otherwise).
      expect(q.headers['x-tcb-source']).toBe('wx_client,scf')
      expect(q.headers.authorization).toMatch(/^TC3-HMAC-SHA256 Credential=local\//)
    }
  })

  test('a sync main and a callback-style main both return their value (JSON round trip)', async () => {
    await expect(host.invoke('plain', { a: 2, b: 3 }, {})).resolves.toEqual({ sum: 5, at: '2026-01-01T00:00:00.000Z' })
    await expect(host.invoke('callback', {}, {})).resolves.toEqual({ via: 'callback' })
  })

  test('timeout: the instance is terminated, the call rejects, the next call gets a fresh instance', async () => {
    const warm = (await host.invoke('slow', {}, {})) as { threadId: number }
    // A spinning worker would hang this test past jest's own timeout if it were not terminated.
    await expectRejection(host.invoke('slow', { mode: 'spin' }, {}), ErrorCode.FUNCTION_TIMEOUT, /函数执行超时.*1 秒/)
    const next = (await host.invoke('slow', {}, {})) as { threadId: number }
    expect(next.threadId).not.toBe(warm.threadId)
    await expectRejection(host.invoke('slow', { mode: 'wait' }, {}), ErrorCode.FUNCTION_TIMEOUT, /Invoking task timed out after 1 seconds/)
  })

  test('errors thrown by main become FUNCTION_EXECUTE_FAIL with their message', async () => {
    logs.length = 0
    await expectRejection(host.invoke('boom', {}, {}), ErrorCode.FUNCTION_EXECUTE_FAIL, /云函数 boom 执行出错：炸了：数据不对/)
    await expectRejection(host.invoke('boom', { mode: 'string' }, {}), ErrorCode.FUNCTION_EXECUTE_FAIL, /plain string/)
    await expectRejection(host.invoke('boom', { mode: 'type' }, {}), ErrorCode.FUNCTION_EXECUTE_FAIL, /TypeError: Cannot read properties of null/)
    await expectRejection(host.invoke('boom', { mode: 'unhandled' }, {}), ErrorCode.FUNCTION_EXECUTE_FAIL, /nobody awaits this/)
    await expectRejection(host.invoke('boom', { mode: 'exit' }, {}), ErrorCode.FUNCTION_EXECUTE_FAIL, /exit code 3/)
    expect(logs).toContainEqual({ name: 'boom', line: 'about to fail', stream: 'stdout' })
    expect(logs.some((l) => l.name === 'boom' && l.stream === 'stderr' && l.line.includes('炸了'))).toBe(true)
  })

  test('unknown functions, bundles that fail to load and invalid config.json are reported', async () => {
    await expectRejection(host.invoke('missing', {}, {}), ErrorCode.FUNCTION_NOT_FOUND, /云函数不存在：missing/)
    await expectRejection(host.invoke('../etc', {}, {}), ErrorCode.FUNCTION_NOT_FOUND, /云函数不存在/)
    await expectRejection(host.invoke('_shared', {}, {}), ErrorCode.FUNCTION_NOT_FOUND, /云函数不存在/)
    await expectRejection(host.invoke('broken', {}, {}), ErrorCode.FUNCTION_EXECUTE_FAIL, /加载失败：.*Unexpected end of input/)
    await expectRejection(host.invoke('nomain', {}, {}), ErrorCode.FUNCTION_EXECUTE_FAIL, /没有导出 main/)
    await expectRejection(host.invoke('badconfig', {}, {}), ErrorCode.INTERNAL, /timeout 必须在 1–60 秒之间/)
  })

  test('a rebuilt bundle (new mtime) is served by fresh instances', async () => {
    await expect(host.invoke('version', {}, {})).resolves.toBe('v1')
    const file = join(ROOT, 'version', 'index.js')
    writeFileSync(file, `exports.main = () => 'v2'`)
    const later = new Date(Date.now() + 5000)
    utimesSync(file, later, later)
    await expect(host.invoke('version', {}, {})).resolves.toBe('v2')
  })

  test('functions.invokeFunction answers as CloudBase does, as a caller with no end user', async () => {
    const actions = functionActions(host)
    const ctx = { requestId: 'r', env: 'local-test' }
    const reply = await actions['functions.invokeFunction']({ action: 'functions.invokeFunction', function_name: 'whoami', request_data: '{"q":1}' }, ctx)
    const result = JSON.parse((reply.data as { response_data: string }).response_data) as WhoAmI
    expect(result.event).toEqual({ q: 1 })
    expect(result.before.openId).toBe('')
    expect(result.source).toBe('scf')
    const empty = await actions['functions.invokeFunction']({ action: 'functions.invokeFunction', function_name: 'plain', request_data: '' }, ctx)
    expect(empty.data).toEqual({ response_data: JSON.stringify({ sum: null, at: '2026-01-01T00:00:00.000Z' }) })
    await expectRejection(
      Promise.resolve().then(() => actions['functions.invokeFunction']({ action: 'functions.invokeFunction', function_name: '' }, ctx)),
      ErrorCode.INVALID_PARAM,
      /函数名不能为空/
    )
  })
})
