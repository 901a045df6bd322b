import { startDemoEmulator } from '../support/demo'
import { gateway, type Gateway } from '../support/gateway'
import { sampleMeeting, setClock } from '../support/meetings'
import { people } from '../support/people'

/**
 * Subscribe-message fields leave the functions fitted to WeChat's kinds
 * (cloudfunctions/_shared/domain/messaging): an over-long meeting title and a
 * place with emoji reach the open-API outbox cut at a character boundary with
 * "…", the time in WeChat's form, and the emulator (which answers 47003 to an
 * over-limit field, as WeChat does) accepts every message.
 */
describe('subscribe-message fields', () => {
  jest.setTimeout(120_000)
  let demo: Awaited<ReturnType<typeof startDemoEmulator>>
  let gw: Gateway
  const secretary = people.staff1Secretary.openId
  const member = people.staff1Member
  type Sent = { data: { touser: string; data: Record<string, { value: string }> }; result: { errcode: number } }
  const outbox = async (): Promise<Sent[]> =>
    ((await (await fetch(`${demo.emulator.url}/_emulator/outbox?apiName=%2Fcgi-bin%2Fmessage%2Fsubscribe%2Fsend`)).json()) as { messages: Sent[] }).messages

  beforeAll(async () => {
    demo = await startDemoEmulator()
    gw = gateway(demo.emulator.url)
  })
  afterAll(async () => {
    await setClock(demo.emulator.url, null)
    await demo.close()
  })

  it('cuts an over-long title and an emoji place with "…" and formats the time; WeChat never answers 47003', async () => {
    await setClock(demo.emulator.url, '2026-05-01T02:00:00Z')
    const title = '二〇二六年五月主题党日：学习贯彻全会精神暨重温入党誓词并开展志愿服务活动专题学习会'
    expect([...title].length).toBeGreaterThanOrEqual(40)
    const place = '🏛️党员活动室（三楼东侧🎉多功能厅，请提前十分钟到场签到）'
    const { id } = await gw.ok(
      'meetings',
      'meetings.create',
      { unitId: 'u-b-staff-1', meeting: sampleMeeting('2026-05-20T07:00:00.000Z', { title, place }) },
      secretary
    )
    await gw.ok('notices', 'subscriptions.grant', { results: { TEMPLATE_MEETING: 'accept' } }, member.openId)
    await gw.ok('meetings', 'leave.request', { id, reason: '外出学习培训' }, member.openId)
    await gw.ok('meetings', 'leave.decide', { id, memberId: member.memberId, decision: 'approved', comment: '请按时补学' }, secretary)

    const sent = await outbox()
    const mine = sent.filter((m) => m.data.touser === member.openId)
    expect(mine).toHaveLength(1)
    const data = mine[0].data.data
    expect(data.thing1.value).toBe([...title].slice(0, 19).join('') + '…')
    expect(data.thing3.value).toBe([...place].slice(0, 19).join('') + '…')
    expect(data.time2.value).toBe('2026年5月20日 15:00')
    expect(data.thing4.value).toBe('请假已批准，请按时补学')
    for (const field of Object.values(data)) {
      expect([...field.value].length).toBeLessThanOrEqual(20)
      expect(/[\ud800-\udbff](?![\udc00-\udfff])/.test(field.value)).toBe(false) // no half of a surrogate pair
    }
    expect(mine[0].result.errcode).toBe(0)
    expect(sent.filter((m) => m.result.errcode === 47003)).toEqual([])
  })
})
