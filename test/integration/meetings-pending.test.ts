import { startDemoEmulator } from '../support/demo'
import { callAs, gateway, snapshot, type ActionOf, type Caller, type Gateway, type PayloadOf, type ResultOf } from '../support/gateway'
import { after, sampleMeeting, setClock } from '../support/meetings'
import { people } from '../support/people'
import { recountMismatches, settleCounts } from '../support/recount'

/**
 * Issue 13, items 3, 4 and the meetings parts of 8, through the functions:
 * 补学 waits for the meeting's end and says what to study; pending leave is
 * visible and decidable from the 工作台, counted on the 组织生活 list and
 * reminded once before the meeting; 其他 as a hand-mark reason needs words.
 */
describe('meetings: 补学 after the meeting, pending decisions, hand-mark reasons', () => {
  jest.setTimeout(120_000)
  let demo: Awaited<ReturnType<typeof startDemoEmulator>>
  let gw: Gateway
  const secretary = people.staff1Secretary.openId
  const otherSecretary = people.staff2Secretary.openId
  const member = people.staff1Member
  const asker = people.staff1GroupMember
  const call = <A extends ActionOf<'meetings'>>(as: Caller, action: A, payload: PayloadOf<'meetings', A>) => gw.call('meetings', action, payload, as)
  const ok = <A extends ActionOf<'meetings'>>(as: Caller, action: A, payload: PayloadOf<'meetings', A>): Promise<ResultOf<'meetings', A>> =>
    gw.ok('meetings', action, payload, as)
  const untyped = (openId: string, action: string, payload: unknown) => callAs(demo.emulator.url, openId, 'meetings', action, payload)
  const clock = (iso: string | null) => setClock(demo.emulator.url, iso)
  const reflection = '会后学习了支部工作条例和会议记录，理解了党支部的职责，今后按时参加组织生活。'
  const start = '2026-12-11T07:00:00.000Z' // 15:00 in Shanghai, a Friday
  let id = ''

  beforeAll(async () => {
    demo = await startDemoEmulator()
    gw = gateway(demo.emulator.url)
    await clock('2026-12-01T02:00:00Z')
    id = (
      await ok(secretary, 'meetings.create', {
        unitId: 'u-b-staff-1',
        meeting: sampleMeeting(start, { type: 'theme_day', title: '12月主题党日', materials: [] })
      })
    ).id
  })
  afterAll(async () => {
    await clock(null)
    await demo.close()
  })

  describe('item 4: pending leave on the 工作台', () => {
    it('shows the secretary each waiting request with a count, on the list too; others see none', async () => {
      await clock('2026-12-06T02:00:00Z')
      await ok(member.openId, 'leave.request', { id, reason: '外出学习培训' })
      await ok(asker.openId, 'leave.request', { id, reason: '家中有事' })
      const pending = await ok(secretary, 'pending.list', {})
      expect(pending.total).toBe(2)
      expect(pending.leave.map((p) => p.name).sort()).toEqual([member.name, asker.name].sort())
      expect(pending.leave[0]).toMatchObject({ meetingId: id, meetingTitle: '12月主题党日', startAt: start })
      const list = await ok(secretary, 'meetings.list', { view: 'manage', unitId: 'u-b-staff-1' })
      expect(list.items.find((m) => m.id === id)).toMatchObject({ pendingLeave: 2, counters: { leave: 0 } })
      // Hostile callers: another branch's secretary and a plain member see nothing; a stranger is refused.
      expect(await ok(otherSecretary, 'pending.list', {})).toEqual({ leave: [], total: 0 })
      expect(await ok(member.openId, 'pending.list', {})).toEqual({ leave: [], total: 0 })
      expect(await untyped('stranger-openid', 'pending.list', {})).toMatchObject({ ok: false })
      expect(await untyped(secretary, 'pending.list', { unitId: 'u-b-staff-2' })).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } })
      // Another branch's secretary cannot decide it either.
      expect(await call(otherSecretary, 'leave.decide', { id, memberId: member.memberId, decision: 'approved' })).toMatchObject({
        ok: false,
        error: { code: 'FORBIDDEN' }
      })
    })

    it('reminds the host once, the day before, while a request waits', async () => {
      for (let i = 0; i < 2; i++) {
        await gw.call('notices', 'subscriptions.grant', { results: { TEMPLATE_MEETING: 'accept' } }, secretary)
      }
      const fire = async () =>
        (
          (await (await fetch(`${demo.emulator.url}/_emulator/timers/meetings/dailyMeetings`, { method: 'POST' })).json()) as {
            result: { leaveReminded: number }
          }
        ).result
      await clock('2026-12-10T10:00:00Z')
      expect(await fire()).toMatchObject({ leaveReminded: 1 })
      expect(await fire()).toMatchObject({ leaveReminded: 0 })
      const outbox = (await (await fetch(`${demo.emulator.url}/_emulator/outbox?touser=${secretary}`)).json()) as {
        messages: Array<{ data: { data: Record<string, { value: string }> } }>
      }
      expect(outbox.messages.map((m) => m.data.data.thing4.value)).toEqual(['有请假申请待审批'])
    })

    it('is decided from the list, and leaves it', async () => {
      await clock('2026-12-10T11:00:00Z')
      const decided = await ok(secretary, 'leave.decide', { id, memberId: member.memberId, decision: 'approved' })
      // A retried decision changes nothing.
      expect(await ok(secretary, 'leave.decide', { id, memberId: member.memberId, decision: 'approved' })).toEqual(decided)
      await ok(secretary, 'leave.decide', { id, memberId: asker.memberId, decision: 'refused', comment: '请按时参加' })
      expect(await ok(secretary, 'pending.list', {})).toEqual({ leave: [], total: 0 })
      const list = await ok(secretary, 'meetings.list', { view: 'manage', unitId: 'u-b-staff-1' })
      expect(list.items.find((m) => m.id === id)?.pendingLeave).toBe(0)
    })
  })

  describe('item 3: 补学 opens once the meeting has ended', () => {
    it('leave approved before the meeting opens nothing early: not listed, submit refused with MAKEUP_NOT_OPEN, nothing written', async () => {
      const detail = await ok(member.openId, 'meetings.get', { id })
      expect(detail.mine).toMatchObject({ status: 'leave', makeup: { opensAt: after(start, 120), completedAt: null } })
      expect((await ok(member.openId, 'makeup.list', {})).items).toEqual([])
      const before = await snapshot(demo.emulator.url)
      expect(await call(member.openId, 'makeup.submit', { id, reflection })).toMatchObject({
        ok: false,
        error: { code: 'MAKEUP_NOT_OPEN', message: expect.stringContaining('会议结束后才能补学') }
      })
      await clock(after(start, 60)) // during the meeting: still closed
      expect(await call(member.openId, 'makeup.submit', { id, reflection })).toMatchObject({ ok: false, error: { code: 'MAKEUP_NOT_OPEN' } })
      expect(await snapshot(demo.emulator.url)).toBe(before)
      await settleCounts(demo.emulator.url, demo.db)
      expect((await ok(secretary, 'attendance.list', { id })).counters.madeUp).toBe(0)
    })

    it('after the end it is listed with what to study, submitted once however often, and counted once', async () => {
      await clock(after(start, 121))
      const open = await ok(member.openId, 'makeup.list', {})
      expect(open.items).toHaveLength(1)
      // No materials and no minutes yet: the agenda, and a plain sentence, never just "未列出学习材料".
      expect(open.items[0].study).toMatchObject({
        materials: [],
        minutes: null,
        agenda: ['学习有关精神', '讨论发展党员'],
        hint: expect.stringContaining('议程')
      })
      await ok(secretary, 'minutes.save', { id, content: '重温入党誓词，学习支部工作条例并交流体会。', resolutions: [] })
      const withMinutes = await ok(member.openId, 'makeup.list', {})
      expect(withMinutes.items[0].study).toMatchObject({ minutes: '重温入党誓词，学习支部工作条例并交流体会。', hint: expect.stringContaining('会议记录') })
      const first = await ok(member.openId, 'makeup.submit', { id, reflection })
      expect(await ok(member.openId, 'makeup.submit', { id, reflection })).toEqual(first)
      expect(Date.parse(first.completedAt ?? '')).toBeGreaterThanOrEqual(Date.parse(after(start, 120)))
      await settleCounts(demo.emulator.url, demo.db)
      expect((await ok(secretary, 'attendance.list', { id })).counters).toMatchObject({ leave: 1, madeUp: 1 })
      expect(await recountMismatches(demo.db)).toEqual([])
    })

    it('an absence found at the end opens at once', async () => {
      const list = await ok(asker.openId, 'makeup.list', {})
      expect(list.items.map((i) => i.meeting.id)).toEqual([id])
      expect(list.items[0].makeup.opensAt).toBeDefined()
    })
  })

  describe('item 8: 其他 asks for a few words', () => {
    const later = '2026-12-18T07:00:00.000Z'
    let other = ''
    beforeAll(async () => {
      await clock('2026-12-15T02:00:00Z')
      other = (await ok(secretary, 'meetings.create', { unitId: 'u-b-staff-1', meeting: sampleMeeting(later, { title: '党员大会（12月）' }) })).id
      await clock(after(later, 5))
    })

    it('refuses 其他 without words (typed, writes nothing) and keeps the words with it', async () => {
      const before = await snapshot(demo.emulator.url)
      for (const reasonText of [undefined, '', ' ', '好']) {
        const result = await untyped(secretary, 'attendance.mark', {
          id: other,
          memberId: people.staff1Unbound.memberId,
          status: 'present',
          reason: '其他',
          ...(reasonText === undefined ? {} : { reasonText })
        })
        expect(result).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', message: expect.stringContaining('其他') } })
      }
      expect(
        await untyped(secretary, 'attendance.mark', {
          id: other,
          memberId: people.staff1Unbound.memberId,
          status: 'present',
          reason: '其他',
          reasonText: 'x'.repeat(41)
        })
      ).toMatchObject({
        ok: false,
        error: { code: 'INVALID_INPUT' }
      })
      expect(await snapshot(demo.emulator.url)).toBe(before)
      const marked = await ok(secretary, 'attendance.mark', {
        id: other,
        memberId: people.staff1Unbound.memberId,
        status: 'late',
        reason: '其他',
        reasonText: '视频连线参会'
      })
      expect(marked).toMatchObject({ status: 'late', method: 'manual', manualReason: '其他：视频连线参会' })
      // The same mark again is no change; another member cannot use another branch's meeting.
      expect(
        await ok(secretary, 'attendance.mark', {
          id: other,
          memberId: people.staff1Unbound.memberId,
          status: 'late',
          reason: '其他',
          reasonText: '视频连线参会'
        })
      ).toEqual(marked)
      expect(
        await call(otherSecretary, 'attendance.mark', {
          id: other,
          memberId: people.staff1Unbound.memberId,
          status: 'late',
          reason: '其他',
          reasonText: '视频连线参会'
        })
      ).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
      await settleCounts(demo.emulator.url, demo.db)
      expect(await recountMismatches(demo.db)).toEqual([])
    })
  })
})
