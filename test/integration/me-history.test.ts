import type { HistoryItem } from '../../cloudfunctions/_shared/contract/me'
import { startDemoEmulator } from '../support/demo'
import { callAs, gateway, type Gateway } from '../support/gateway'
import { after, sampleMeeting, setClock } from '../support/meetings'
import { people, stranger } from '../support/people'

/**
 * 我的记录 (me.history): a member reads their own leave requests, 补学 and
 * check-ins, paged, latest meeting first; nobody reads anyone else's, by any
 * payload.
 */
describe('me.history', () => {
  jest.setTimeout(120_000)
  let demo: Awaited<ReturnType<typeof startDemoEmulator>>
  let gw: Gateway
  const secretary = people.staff1Secretary
  const member = people.staff1Member // 教工第一党支部 · 党员
  const neighbour = people.staff1GroupMember // the same branch
  const outsider = people.staff2Members[0] // 教工第二党支部
  const clock = (iso: string | null) => setClock(demo.emulator.url, iso)
  const untyped = (openId: string, payload: unknown) => callAs(demo.emulator.url, openId, 'me', 'history', payload)
  const all = { kind: 'all', page: 1, pageSize: 20 } as const
  const leaveAt = '2026-05-14T07:00:00.000Z'
  const scanAt = '2026-05-12T07:00:00.000Z'
  let leaveMeeting = ''
  let scanMeeting = ''

  beforeAll(async () => {
    demo = await startDemoEmulator()
    gw = gateway(demo.emulator.url)
    await clock('2026-05-10T02:00:00Z')
    leaveMeeting = (
      await gw.ok('meetings', 'meetings.create', { unitId: secretary.unitId, meeting: sampleMeeting(leaveAt, { title: '五月党员大会' }) }, secretary)
    ).id
    scanMeeting = (
      await gw.ok(
        'meetings',
        'meetings.create',
        { unitId: secretary.unitId, meeting: sampleMeeting(scanAt, { type: 'collective_study', title: '五月集体学习' }) },
        secretary
      )
    ).id
    await gw.ok('meetings', 'leave.request', { id: leaveMeeting, reason: '外出学习培训' }, member)
    await gw.ok('meetings', 'leave.decide', { id: leaveMeeting, memberId: member.memberId, decision: 'approved', comment: '请按时补学' }, secretary)
    await clock(after(scanAt, -5)) // on time
    const code = await gw.ok('meetings', 'checkin.code', { id: scanMeeting }, secretary)
    await gw.ok('meetings', 'checkin.scan', { token: code.token }, member)
    await gw.ok('meetings', 'checkin.scan', { token: code.token }, neighbour)
    await clock(after(leaveAt, 180)) // both meetings have ended
  })
  afterAll(async () => {
    await clock(null)
    await demo.close()
  })

  it('lists my meetings latest first: the leave I asked for and how it was decided, the check-in I made', async () => {
    const page = await gw.ok('me', 'history', all, member)
    expect(page.total).toBe(2)
    expect(page.items.map((item) => item.meetingId)).toEqual([leaveMeeting, scanMeeting])
    const [leave, scan] = page.items
    expect(leave).toMatchObject({
      title: '五月党员大会',
      type: 'general_meeting',
      unitName: '教工第一党支部',
      startAt: leaveAt,
      checkedInAt: null,
      leave: { reason: '外出学习培训', decision: 'approved', comment: '请按时补学' }
    })
    expect(scan).toMatchObject({
      title: '五月集体学习',
      type: 'collective_study',
      status: 'present',
      method: 'scan',
      checkedInAt: after(scanAt, -5),
      leave: null
    })
    // Who decided stays with the secretary.
    expect(JSON.stringify(page)).not.toContain(secretary.memberId)
  })

  it('filters by kind and pages', async () => {
    expect((await gw.ok('me', 'history', { ...all, kind: 'checkin' }, member)).items.map((item) => item.meetingId)).toEqual([scanMeeting])
    expect((await gw.ok('me', 'history', { ...all, kind: 'leave' }, member)).items.map((item) => item.meetingId)).toEqual([leaveMeeting])
    const everything = await gw.ok('me', 'history', all, member)
    const makeups = await gw.ok('me', 'history', { ...all, kind: 'makeup' }, member)
    expect(makeups.items.every((item: HistoryItem) => item.makeup !== null)).toBe(true)
    expect(makeups.items.map((item) => item.meetingId)).toEqual(everything.items.filter((item) => item.makeup !== null).map((item) => item.meetingId))

    const first = await gw.ok('me', 'history', { kind: 'all', page: 1, pageSize: 1 }, member)
    const second = await gw.ok('me', 'history', { kind: 'all', page: 2, pageSize: 1 }, member)
    const third = await gw.ok('me', 'history', { kind: 'all', page: 3, pageSize: 1 }, member)
    expect([first.total, second.total, third.total]).toEqual([2, 2, 2])
    expect([...first.items, ...second.items].map((item) => item.meetingId)).toEqual([leaveMeeting, scanMeeting])
    expect(third.items).toEqual([])
  })

  it("never shows anyone else's records: each member sees only their own", async () => {
    const theirs = await gw.ok('me', 'history', all, neighbour)
    expect(theirs.items.map((item) => item.meetingId)).toEqual([scanMeeting])
    expect(theirs.items[0].leave).toBeNull()
    expect(await gw.ok('me', 'history', { ...all, kind: 'leave' }, neighbour)).toEqual({ items: [], total: 0 })
    expect(await gw.ok('me', 'history', all, outsider)).toEqual({ items: [], total: 0 })
  })

  it.each([
    ['a member id', { ...all, memberId: people.staff1Member.memberId }],
    ['an openid', { ...all, openid: people.staff1Member.openId }],
    ['a query operator as the kind', { ...all, kind: { $ne: null } }],
    ['a where clause', { ...all, where: { memberId: people.staff1Member.memberId } }],
    ['a page size past the limit', { ...all, pageSize: 51 }],
    ['page 0', { ...all, page: 0 }]
  ])('refuses a payload with %s, whoever asks', async (_what, payload) => {
    expect(await untyped(neighbour.openId, payload)).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } })
  })

  it('refuses whoever is not a member: the newcomer and an unknown WeChat user', async () => {
    expect(await gw.call('me', 'history', all, people.newcomer)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
    expect(await gw.call('me', 'history', all, stranger(1))).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
  })
})
