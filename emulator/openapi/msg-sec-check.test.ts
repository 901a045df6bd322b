import { openApiActions } from './operations'
import { msgSecCheck, REVIEW_WORD, RISKY_WORD, suggestFor, validateMsgSecCheck } from './msg-sec-check'
import { OpenApiOutbox } from './outbox'

const API = '/wxa/msg_sec_check'
const request = (content: string, extra: Record<string, unknown> = {}) => ({ version: 2, openid: 'oAlice', scene: 2, content, ...extra })

describe('security.msgSecCheck', () => {
  test('answers deterministically by test word, in WeChat shape, and records each check', () => {
    const outbox = new OpenApiOutbox()
    expect(msgSecCheck(outbox, API, request('学习心得'))).toMatchObject({ errcode: 0, errmsg: 'ok', result: { suggest: 'pass', label: 100 } })
    expect(msgSecCheck(outbox, API, request(`有${REVIEW_WORD}的发言`)).result?.suggest).toBe('review')
    const risky = msgSecCheck(outbox, API, request(`含${RISKY_WORD}也含${REVIEW_WORD}`))
    expect(risky.result).toEqual({ suggest: 'risky', label: 20001 })
    expect(risky.detail?.some((d) => d.keyword === RISKY_WORD)).toBe(true)
    expect(typeof risky.trace_id).toBe('string')
    expect(outbox.list().map((e) => [e.apiName, (e.data as { content: string }).content])).toEqual([
      [API, '学习心得'],
      [API, `有${REVIEW_WORD}的发言`],
      [API, `含${RISKY_WORD}也含${REVIEW_WORD}`]
    ])
    expect(suggestFor('')).toBe('pass')
  })

  test.each([
    [request('x', { version: 1 }), 47001],
    [request('x', { openid: '' }), 40003],
    [request('x', { scene: 5 }), 40129],
    [request(''), 44002],
    [request('字'.repeat(2501)), 47001]
  ])('refuses a bad request like WeChat: %#', (data, errcode) => {
    expect(validateMsgSecCheck(data)?.errcode).toBe(errcode)
    const outbox = new OpenApiOutbox()
    const reply = msgSecCheck(outbox, API, data)
    expect(reply.errcode).toBe(errcode)
    expect(reply.result).toBeUndefined()
    expect(outbox.list()).toHaveLength(1)
  })

  test('2500 characters is within the limit', () => {
    expect(validateMsgSecCheck(request('字'.repeat(2500)))).toBeNull()
  })

  test('an injected failure for this API fails the next check only, leaving other APIs alone', () => {
    const outbox = new OpenApiOutbox()
    outbox.failNext(1, -1, 'system error', API)
    const send = outbox.send('/cgi-bin/message/subscribe/send', { touser: 'o', template_id: 't', data: { thing1: { value: '党课' } } })
    expect(send.errcode).toBe(0)
    expect(msgSecCheck(outbox, API, request('学习'))).toEqual({ errcode: -1, errmsg: 'system error' })
    expect(msgSecCheck(outbox, API, request('学习')).result?.suggest).toBe('pass')
  })

  test('a failure injected for any API waits for the next message, not a check', () => {
    const outbox = new OpenApiOutbox()
    outbox.failNext(1, 43101, 'user refuse to accept the msg')
    expect(msgSecCheck(outbox, API, request('学习')).result?.suggest).toBe('pass')
    expect(outbox.send('/cgi-bin/message/subscribe/send', { touser: 'o', template_id: 't', data: { thing1: { value: '党课' } } }).errcode).toBe(43101)
  })

  test('through the SDK action wx.api', async () => {
    const actions = openApiActions(new OpenApiOutbox())
    const body = { action: 'wx.api', apiName: API, requestData: JSON.stringify(request(RISKY_WORD)) }
    const reply = (await actions['wx.api'](body, { requestId: 'r', env: 'local' })) as { data: { responseData: string } }
    expect(JSON.parse(reply.data.responseData).result.suggest).toBe('risky')
  })
})
