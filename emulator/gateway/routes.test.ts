import { mkdirSync, rmSync, writeFileSync } from 'node:fs'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { join } from 'node:path'
import { FunctionHost } from '../functions/host'
import { gatewayRoute, uidForOpenId } from './routes'

/** What the test function `whoami` echoes back. */
interface WhoamiEcho {
  user: Record<string, unknown>
  source: string
  clientIp: string
  event: { userInfo: { openId: string } } & Record<string, unknown>
}

const ROOT = join(__dirname, '..', '..', '.test-data', `gateway-test-${process.pid}`)
const FUNCTIONS: Record<string, { index: string; config?: object }> = {
  whoami: {
    index: `
      const tcb = require('@cloudbase/node-sdk')
      exports.main = async (event) => ({ user: tcb.init({ env: tcb.SYMBOL_CURRENT_ENV }).auth().getUserInfo(), source: process.env.TCB_SOURCE, clientIp: process.env.WX_CLIENTIP, event })`
  },
  boom: { index: `exports.main = async () => { throw new Error('数据不对') }` },
  slow: { index: `exports.main = () => new Promise(() => {})`, config: { timeout: 1 } }
}

let server: Server
let base: string
let host: FunctionHost

beforeAll(async () => {
  rmSync(ROOT, { recursive: true, force: true })
  for (const [name, f] of Object.entries(FUNCTIONS)) {
    mkdirSync(join(ROOT, name), { recursive: true })
    writeFileSync(join(ROOT, name, 'index.js'), f.index)
    if (f.config) writeFileSync(join(ROOT, name, 'config.json'), JSON.stringify(f.config))
  }
  host = new FunctionHost({ functionsDir: ROOT, adminUrl: 'http://127.0.0.1:9/admin', env: 'local', appId: 'wxAPP', log: () => {} })
  const route = gatewayRoute({
    host,
    appId: 'wxAPP',
    listDemoUsers: async () => [{ openId: 'oSecretary', name: '李书记', label: '支部书记' }]
  })
  server = createServer((req, res) => {
    void route(req, res, new URL(req.url ?? '/', 'http://x')).then((handled) => {
      if (!handled) res.writeHead(418).end()
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
})

afterAll(async () => {
  await host.close()
  await new Promise((resolve) => server.close(resolve))
  rmSync(ROOT, { recursive: true, force: true })
})

const call = (name: string, body: string, headers: Record<string, string> = { 'x-demo-openid': 'oMember' }) =>
  fetch(`${base}/gateway/functions/${name}`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body })

describe('gateway', () => {
  test('calls the function as the demo user, like wx.cloud.callFunction', async () => {
    const res = await call('whoami', JSON.stringify({ action: 'profile' }))
    expect(res.status).toBe(200)
    const { result } = (await res.json()) as { result: WhoamiEcho }
    expect(result.user).toMatchObject({ openId: 'oMember', appId: 'wxAPP', uid: uidForOpenId('wxAPP', 'oMember') })
    expect(result.source).toBe('wx_client')
    expect(result.clientIp).toBe('127.0.0.1')
    // WeChat overwrites userInfo in the event with the real caller
    expect(result.event).toEqual({ action: 'profile', userInfo: { appId: 'wxAPP', openId: 'oMember' } })
    const spoofed = await call('whoami', JSON.stringify({ userInfo: { openId: 'oAdmin' } }))
    expect(((await spoofed.json()) as { result: WhoamiEcho }).result.event.userInfo.openId).toBe('oMember')
  })

  test.each([
    ['unknown function', 404, 'FUNCTIONS_NOT_EXIST', /云函数不存在/, () => call('nothere', '{}')],
    ['malformed JSON', 400, 'INVALID_REQUEST_BODY', /不是有效的 JSON/, () => call('whoami', '{"a":')],
    ['event not an object', 400, 'INVALID_REQUEST_BODY', /必须是 JSON 对象/, () => call('whoami', '[1,2]')],
    ['no demo user', 401, 'GATEWAY_NO_DEMO_USER', /未选择演示用户/, () => call('whoami', '{}', {})],
    ['bad openid', 400, 'INVALID_PARAM', /格式无效/, () => call('whoami', '{}', { 'x-demo-openid': 'a b' })],
    ['function throws', 500, 'FUNCTIONS_EXECUTE_FAIL', /云函数 boom 执行出错：数据不对/, () => call('boom', '{}')],
    ['function times out', 504, 'FUNCTIONS_TIME_LIMIT_EXCEEDED', /函数执行超时/, () => call('slow', '{}')],
    ['nested 20,000 deep', 400, 'BODY_TOO_DEEP', /嵌套层数过多（最多 64 层）/, () => call('whoami', `{"a":${'['.repeat(20000)}${']'.repeat(20000)}}`)],
    ['over 16 MB', 413, 'BODY_TOO_LARGE', /请求体过大（最多 16 MB）/, () => call('whoami', JSON.stringify({ a: 'x'.repeat(16 * 1024 * 1024) }))]
  ])('%s → %d', async (_label, status, code, message, request) => {
    const res = await request()
    expect(res.status).toBe(status)
    const body = (await res.json()) as { error: { code: string; message: string } }
    expect(body.error.code).toBe(code)
    expect(body.error.message).toMatch(message)
  })

  test('GET /gateway/demo-users', async () => {
    const res = await fetch(`${base}/gateway/demo-users`)
    expect(await res.json()).toEqual({ users: [{ openId: 'oSecretary', name: '李书记', label: '支部书记' }] })
  })

  test('CORS for local dev servers only; other paths are left to other routes', async () => {
    const preflight = await fetch(`${base}/gateway/functions/whoami`, {
      method: 'OPTIONS',
      headers: { origin: 'http://127.0.0.1:10086', 'access-control-request-method': 'POST' }
    })
    expect(preflight.status).toBe(204)
    expect(preflight.headers.get('access-control-allow-origin')).toBe('http://127.0.0.1:10086')
    expect(preflight.headers.get('access-control-allow-headers')).toContain('x-demo-openid')
    const foreign = await fetch(`${base}/gateway/demo-users`, { headers: { origin: 'https://evil.example' } })
    expect(foreign.headers.get('access-control-allow-origin')).toBeNull()
    expect((await fetch(`${base}/admin`)).status).toBe(418)
  })
})
