import { cpSync } from 'node:fs'
import path from 'node:path'
import { ROOT } from '../../emulator/core/constants'
import { scratchDir, startTestEmulator, type TestEmulator } from '../support/emulator'

/** The function host, gateway, timers and open API, through the real SDK and HTTP. */
describe('function host', () => {
  jest.setTimeout(30_000)
  let t: TestEmulator

  beforeAll(async () => {
    const functionsDir = scratchDir('functions')
    cpSync(path.join(ROOT, 'test/fixtures/functions'), functionsDir, { recursive: true })
    t = await startTestEmulator({ functionsDir })
    await t.db.createCollection('ticks')
  })
  afterAll(() => t.close())

  const viaGateway = async (openId: string, event: unknown): Promise<{ status: number; body: Record<string, unknown> }> => {
    const response = await fetch(`${t.emulator.url}/gateway/functions/probe`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-demo-openid': openId },
      body: JSON.stringify(event)
    })
    return { status: response.status, body: (await response.json()) as Record<string, unknown> }
  }

  it('gives 50 concurrent callers each their own OPENID', async () => {
    const openIds = Array.from({ length: 50 }, (_unused, i) => `user-${i}`)
    const replies = await Promise.all(openIds.map((openId) => viaGateway(openId, { action: 'whoami' })))
    const seen = replies.map((reply) => (reply.body.result as { openId: string }).openId)
    expect(seen).toEqual(openIds)
  })

  it('runs main() for functions.invokeFunction from the SDK, without an end-user identity', async () => {
    const { result } = await t.app.callFunction({ name: 'probe', data: { action: 'whoami' } })
    expect((result as { openId: string }).openId).toBe('')
    const echo = await t.app.callFunction({ name: 'probe', data: { hello: '世界' } })
    expect(echo.result).toEqual({ echo: { hello: '世界' } })
  })

  it('enforces the timeout from config.json and keeps serving afterwards', async () => {
    const slow = await viaGateway('u', { action: 'sleep', ms: 3000 })
    expect(slow.status).toBe(504)
    expect(slow.body.error).toMatchObject({ code: 'FUNCTIONS_TIME_LIMIT_EXCEEDED' })
    const quick = await viaGateway('u', { action: 'sleep', ms: 1 })
    expect(quick.body.result).toBe('woke')
  })

  it('maps a thrown error and an unknown function to typed errors', async () => {
    const thrown = await viaGateway('u', { action: 'throw' })
    expect(thrown.body.error).toMatchObject({ code: 'FUNCTIONS_EXECUTE_FAIL', message: expect.stringContaining('故意失败') })
    await expect(t.app.callFunction({ name: 'nope', data: {} })).rejects.toMatchObject({ code: 'FUNCTIONS_NOT_EXIST' })
  })

  it("fires a timer trigger on demand with CloudBase's timer event", async () => {
    const response = await fetch(`${t.emulator.url}/_emulator/timers/probe/nightly`, { method: 'POST' })
    expect(((await response.json()) as { result: unknown }).result).toBe('timer')
    const { data } = await t.db.collection('ticks').where({ trigger: 'nightly' }).get()
    expect(data).toHaveLength(1)
    const listed = (await (await fetch(`${t.emulator.url}/_emulator/timers`)).json()) as
      Array<{ cron: string; next: string }> | { timers: Array<{ cron: string; next: string }> }
    const timers = Array.isArray(listed) ? listed : listed.timers
    expect(timers[0].cron).toBe('0 0 2 * * * *')
    // 02:00 in Asia/Shanghai is 18:00 UTC.
    expect(new Date(timers[0].next).getUTCHours()).toBe(18)
  })

  it('puts subscribe messages sent through the SDK in the outbox, and fails them on demand', async () => {
    const message = { touser: 'user-1', template_id: 'tpl-notice', data: { thing1: { value: '第3期学习安排' } } }
    const sent = await viaGateway('user-1', { action: 'notify', message })
    expect(sent.body.result).toMatchObject({ result: { errcode: 0 } })
    await fetch(`${t.emulator.url}/_emulator/outbox/fail`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ count: 1, errcode: 43101, errmsg: 'user refuse to accept the msg' })
    })
    const refused = await viaGateway('user-1', { action: 'notify', message })
    expect(refused.body.result).toMatchObject({ result: { errcode: 43101 } })
    const tooLong = await viaGateway('user-1', {
      action: 'notify',
      message: { ...message, data: { thing1: { value: '这是一条超过二十个字符长度限制的订阅消息内容文字' } } }
    })
    expect(tooLong.body.result).toMatchObject({ result: { errcode: 47003 } })
    const outbox = (await (await fetch(`${t.emulator.url}/_emulator/outbox`)).json()) as { messages: Array<{ result: { errcode: number } }> }
    expect(outbox.messages.map((entry) => entry.result.errcode)).toEqual([0, 43101, 47003])
  })
})

describe('the me function', () => {
  jest.setTimeout(30_000)
  let t: TestEmulator

  beforeAll(async () => {
    t = await startTestEmulator({ functionsDir: path.join(ROOT, 'build/functions') })
    // \`units\` and \`members\` exist already (startTestEmulator provisions the declared collections through the deploy).
    await t.db.collection('units').add({ _id: 'u1', name: '第一党支部', type: 'branch', path: '/u1/' })
    await t.db.collection('members').add({
      _id: 'm1',
      name: '王建国',
      openid: 'o-wang',
      unitId: 'u1',
      unitPath: '/u1/',
      groupId: null,
      status: 'active',
      roles: [
        { role: 'member', unitId: 'u1', unitPath: '/u1/' },
        { role: 'branch_secretary', unitId: 'u1', unitPath: '/u1/' }
      ]
    })
  })
  afterAll(() => t.close())

  const whoami = async (openId: string, event: unknown = { action: 'whoami' }): Promise<unknown> => {
    const response = await fetch(`${t.emulator.url}/gateway/functions/me`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-demo-openid': openId },
      body: JSON.stringify(event)
    })
    return ((await response.json()) as { result: unknown }).result
  }

  it('resolves the caller from the platform OPENID, ignoring any identity in the body', async () => {
    expect(await whoami('o-wang', { action: 'whoami', payload: {} })).toEqual({
      ok: true,
      data: {
        member: {
          id: 'm1',
          name: '王建国',
          unitId: 'u1',
          unitName: '第一党支部',
          groupName: null,
          roleLabels: ['党员', '支部书记'],
          roles: [
            { role: 'member', unitId: 'u1' },
            { role: 'branch_secretary', unitId: 'u1' }
          ],
          workbench: [{ unitId: 'u1', unitName: '第一党支部', unitType: 'branch', capabilities: expect.arrayContaining(['members.manage', 'audit.view']) }]
        }
      }
    })
    expect(await whoami('o-stranger', { action: 'whoami', openId: 'o-wang' })).toEqual({ ok: true, data: { member: null } })
  })

  it('answers bad input with a typed error', async () => {
    expect(await whoami('o-wang', { action: 'whoami', payload: { openId: 'o-other' } })).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } })
    expect(await whoami('o-wang', { action: 'fly' })).toMatchObject({ ok: false, error: { code: 'UNKNOWN_ACTION', message: expect.stringContaining('fly') } })
    expect(await whoami('o-wang', { action: 42 })).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } })
  })

  it('refuses a caller without an OPENID (a server-side call carries none)', async () => {
    const { result } = await t.app.callFunction({ name: 'me', data: { action: 'whoami' } })
    expect(result).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } })
  })
})
