import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { ErrorCode } from '../core/errors'
import { openApiActions } from './operations'
import { OpenApiOutbox, validateSubscribeMessage } from './outbox'
import { openApiRoutes } from './routes'

const SEND = '/cgi-bin/message/subscribe/send'
const message = (data: Record<string, { value: unknown }>, extra: Record<string, unknown> = {}) => ({
  touser: 'oAlice',
  template_id: 'TPL_NOTICE',
  page: 'packages/notices/detail?id=n1',
  miniprogram_state: 'formal',
  lang: 'zh_CN',
  data,
  ...extra
})
const fixedNow = () => new Date('2026-11-24T01:00:00.000Z')

describe('OpenApiOutbox', () => {
  test('a valid subscribe message is recorded and answered ok with a msgid', () => {
    const outbox = new OpenApiOutbox({ now: fixedNow })
    const data = message({ thing1: { value: '学习二十大精神专题党课' }, time2: { value: '2026年11月24日 09:00' } })
    const result = outbox.send(SEND, data)
    expect(result).toMatchObject({ errcode: 0, errmsg: 'ok' })
    expect(typeof result.msgid).toBe('number')
    expect(outbox.list()).toEqual([{ id: 'msg-1', apiName: SEND, data, at: '2026-11-24T01:00:00.000Z', result }])
  })

  test.each([
    [{ thing1: { value: '一二三四五六七八九十一二三四五六七八九十一' } }, /data\.thing1\.value exceeds limit.*thing.*21 个字符/],
    [{ phrase3: { value: '已经报名了' } }, null],
    [{ phrase3: { value: '已经报名了吗' } }, /data\.phrase3\.value exceeds limit/],
    [{ name1: { value: '欧阳一二三四五六七八' } }, null],
    [{ name1: { value: '欧阳一二三四五六七八九' } }, /data\.name1\.value exceeds limit/],
    [{ name1: { value: 'Alexander Hamilton' } }, null],
    [{ character_string4: { value: 'A'.repeat(32) } }, null],
    [{ character_string4: { value: 'A'.repeat(33) } }, /data\.character_string4\.value exceeds limit/],
    [{ character_string4: { value: '编号1' } }, /data\.character_string4\.value invalid/],
    [{ number5: { value: 12.5 } }, null],
    [{ number5: { value: '十二' } }, /data\.number5\.value invalid/],
    [{ time2: { value: '' } }, /data\.time2\.value is empty/],
    [{ date3: { value: '   ' } }, /data\.date3\.value is empty/],
    [{ date3: {} }, /data\.date3\.value is missing/],
    [{ thing1: 'no value wrapper' }, /data\.thing1\.value is missing/]
  ])('field limits: %j', (data, error) => {
    const result = validateSubscribeMessage(message(data as Record<string, { value: unknown }>))
    if (error === null) expect(result).toBeNull()
    else {
      expect(result?.errcode).toBe(47003)
      expect(result?.errmsg).toMatch(/^argument invalid! /)
      expect(result?.errmsg).toMatch(error)
    }
  })

  test('touser, template_id and data are required', () => {
    const data = { thing1: { value: '党课' } }
    expect(validateSubscribeMessage(message(data, { touser: undefined }))?.errcode).toBe(40003)
    expect(validateSubscribeMessage(message(data, { template_id: '' }))?.errcode).toBe(40037)
    expect(validateSubscribeMessage(message(data, { template_id: undefined, templateId: 'TPL' }))?.errmsg).toMatch(/template_id/)
    expect(validateSubscribeMessage(message({}))).toEqual({ errcode: 47003, errmsg: 'argument invalid! data is empty' })
    expect(validateSubscribeMessage(message(data, { miniprogram_state: 'prod' }))?.errcode).toBe(47003)
  })

  test('failed sends are listed with their result; failNext injects WeChat errors after the argument checks', () => {
    const outbox = new OpenApiOutbox({ now: fixedNow })
    const ok = message({ thing1: { value: '党课' } })
    outbox.failNext(2, 43101, 'user refuse to accept the msg')
    expect(outbox.send(SEND, message({ thing1: { value: '' } })).errcode).toBe(47003) // does not use up an injected failure
    expect(outbox.send(SEND, ok)).toEqual({ errcode: 43101, errmsg: 'user refuse to accept the msg' })
    expect(outbox.send('subscribeMessage.send', ok)).toEqual({ errcode: 43101, errmsg: 'user refuse to accept the msg' })
    expect(outbox.send(SEND, ok).errcode).toBe(0)
    expect(outbox.list().map((e) => e.result.errcode)).toEqual([47003, 43101, 43101, 0])
    outbox.failNext(1, 43101, 'user refuse to accept the msg')
    outbox.clear()
    expect(outbox.list()).toEqual([])
    expect(outbox.send(SEND, ok).errcode).toBe(0) // clear() drops pending failures too
  })

  test('other APIs are recorded and answered ok', () => {
    const outbox = new OpenApiOutbox()
    expect(outbox.send('/wxa/getwxacodeunlimit', { scene: 'a=1' })).toEqual({ errcode: 0, errmsg: 'ok' })
    expect(outbox.list()[0].apiName).toBe('/wxa/getwxacodeunlimit')
  })
})

describe('wx.api action', () => {
  test('answers as node-sdk callWxOpenApi expects: data.responseData is the WeChat reply as JSON', async () => {
    const outbox = new OpenApiOutbox()
    const actions = openApiActions(outbox)
    const ctx = { requestId: 'r', env: 'local' }
    const body = { action: 'wx.api', apiName: SEND, requestData: JSON.stringify(message({ thing1: { value: '党课' } })) }
    const reply = await actions['wx.api'](body, ctx)
    expect(JSON.parse((reply.data as { responseData: string }).responseData)).toMatchObject({ errcode: 0, errmsg: 'ok' })
    outbox.failNext(1, 43101, 'user refuse to accept the msg')
    const refused = await actions['wx.api'](body, ctx)
    expect(JSON.parse((refused.data as { responseData: string }).responseData)).toEqual({ errcode: 43101, errmsg: 'user refuse to accept the msg' })
    expect(() => actions['wx.api']({ action: 'wx.api', requestData: '{}' }, ctx)).toThrow('apiName 不能为空')
    expect(() => actions['wx.api']({ action: 'wx.api', apiName: SEND, requestData: '{' }, ctx)).toThrow('requestData 不是有效的 JSON')
    expect(() => actions['wx.openApi']({ action: 'wx.openApi' }, ctx)).toThrow(expect.objectContaining({ code: ErrorCode.INVALID_ACTION }))
  })
})

describe('outbox control routes', () => {
  let server: Server
  let base: string
  const outbox = new OpenApiOutbox()
  beforeAll(async () => {
    const route = openApiRoutes(outbox)
    server = createServer((req, res) => {
      void route(req, res, new URL(req.url ?? '/', 'http://x')).then((handled) => {
        if (!handled) res.writeHead(404).end()
      })
    })
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  })
  afterAll(async () => new Promise((resolve) => server.close(resolve)))

  test('GET lists, POST /fail injects, DELETE clears', async () => {
    outbox.send(SEND, message({ thing1: { value: '党课' } }))
    outbox.send(SEND, message({ thing1: { value: '党课' } }, { touser: 'oBob' }))
    const all = (await (await fetch(`${base}/_emulator/outbox`)).json()) as { messages: unknown[] }
    expect(all.messages).toHaveLength(2)
    const bob = (await (await fetch(`${base}/_emulator/outbox?touser=oBob`)).json()) as { messages: Array<{ data: { touser: string } }> }
    expect(bob.messages.map((m) => m.data.touser)).toEqual(['oBob'])

    const fail = await fetch(`${base}/_emulator/outbox/fail`, {
      method: 'POST',
      body: JSON.stringify({ count: 1, errcode: 43101, errmsg: 'user refuse to accept the msg' })
    })
    expect(await fail.json()).toEqual({ pending: 1 })
    expect(outbox.send(SEND, message({ thing1: { value: '党课' } })).errcode).toBe(43101)
    const bad = await fetch(`${base}/_emulator/outbox/fail`, { method: 'POST', body: JSON.stringify({ errcode: 'x' }) })
    expect(bad.status).toBe(400)

    const cleared = await fetch(`${base}/_emulator/outbox`, { method: 'DELETE' })
    expect(await cleared.json()).toEqual({ cleared: 3 })
    expect(outbox.list()).toEqual([])
    expect((await fetch(`${base}/_emulator/other`)).status).toBe(404)
  })
})
