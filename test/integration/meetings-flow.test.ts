import type { CheckinCode, MeetingCounters, ThemeDayRule } from '../../cloudfunctions/_shared/contract/meetings-api'
import { startDemoEmulator } from '../support/demo'
import { callAs, gateway, snapshot, type ActionOf, type Caller, type Gateway, type PayloadOf, type ResultOf } from '../support/gateway'
import { after, sampleMeeting, setClock } from '../support/meetings'
import { people } from '../support/people'

/**
 * The meeting journey through the function host with the functions' clock
 * frozen at chosen instants (Asia/Shanghai rules): the monthly rule, the
 * rotating code, the check-in window, leave, 补学, the record and the counters.
 */
describe('meetings flow', () => {
  jest.setTimeout(120_000)
  let demo: Awaited<ReturnType<typeof startDemoEmulator>>
  const secretary = people.staff1Secretary.openId // 教工第一党支部
  const [early, late, onLeave, absent] = [
    people.staff1GroupMember.openId,
    people.staff1MobileMember.openId,
    people.staff1Member.openId,
    people.staff1Organizer.openId
  ]
  const outsider = people.staff2Members[0].openId // 教工第二党支部
  let gw: Gateway
  const call = <A extends ActionOf<'meetings'>>(as: Caller, action: A, payload: PayloadOf<'meetings', A>) => gw.call('meetings', action, payload, as)
  const ok = <A extends ActionOf<'meetings'>>(as: Caller, action: A, payload: PayloadOf<'meetings', A>): Promise<ResultOf<'meetings', A>> =>
    gw.ok('meetings', action, payload, as)
  /** For payloads and actions the contract does not allow. */
  const untyped = (openId: string, action: string, payload: unknown) => callAs(demo.emulator.url, openId, 'meetings', action, payload)
  const clock = (iso: string | null) => setClock(demo.emulator.url, iso)
  const counters = async (id: string): Promise<MeetingCounters> => (await ok(secretary, 'attendance.list', { id })).counters

  beforeAll(async () => {
    demo = await startDemoEmulator()
    gw = gateway(demo.emulator.url)
  })
  afterAll(async () => {
    await clock(null)
    await demo.close()
  })

  describe('the monthly 主题党日 rule', () => {
    const rule: ThemeDayRule = { nth: 2, weekday: 5, time: '15:00', durationMinutes: 120, place: '党员活动室', form: '线下' }

    it('generates the rest of the year in Asia/Shanghai, keeps edited days, and saving twice adds nothing', async () => {
      await clock('2026-03-01T02:00:00Z')
      const first = await ok(secretary, 'rule.set', { unitId: 'u-b-staff-1', rule })
      expect(first.generated.map((m) => m.startAt.slice(0, 10))).toEqual([
        '2026-03-13',
        '2026-04-10',
        '2026-05-08',
        '2026-06-12',
        '2026-07-10',
        '2026-08-14',
        '2026-09-11',
        '2026-10-09',
        '2026-11-13',
        '2026-12-11'
      ])
      expect(first.generated[0]).toMatchObject({ title: '3月主题党日', startAt: '2026-03-13T07:00:00.000Z', endAt: '2026-03-13T09:00:00.000Z', fromRule: true })
      expect(await ok(secretary, 'rule.get', { unitId: 'u-b-staff-1' })).toEqual({ rule })

      const april = first.generated[1]
      await ok(secretary, 'meetings.update', {
        id: april.id,
        meeting: sampleMeeting(after(april.startAt, 60), { type: 'theme_day', title: '4月主题党日：志愿服务' })
      })
      const again = await ok(secretary, 'rule.set', { unitId: 'u-b-staff-1', rule: { ...rule, time: '14:30' } })
      expect(again.kept).toBe(1)
      expect(again.generated).toHaveLength(9)
      expect(again.generated[0].startAt).toBe('2026-03-13T06:30:00.000Z')
      const list = await ok(secretary, 'meetings.list', { view: 'manage', unitId: 'u-b-staff-1', pageSize: 50 })
      expect(list.total).toBe(10)
      expect(list.items.find((m) => m.id === april.id)).toMatchObject({ title: '4月主题党日：志愿服务', fromRule: false, counters: { invited: 6 } })
      const memberView = await ok(early, 'meetings.list', { view: 'member' })
      expect(memberView.items[0]).toMatchObject({ title: '3月主题党日', mine: { status: 'pending' } })
      // One type only (the console's 组织生活 filter): the function filters, so total and pages are of that type.
      const themeDays = await ok(secretary, 'meetings.list', { view: 'manage', unitId: 'u-b-staff-1', type: 'theme_day', pageSize: 4 })
      expect({ total: themeDays.total, shown: themeDays.items.length }).toEqual({ total: 10, shown: 4 })
      expect(themeDays.items.every((m) => m.type === 'theme_day')).toBe(true)
      expect(await ok(secretary, 'meetings.list', { view: 'manage', unitId: 'u-b-staff-1', type: 'collective_study' })).toEqual({ items: [], total: 0 })
      expect((await ok(early, 'meetings.list', { view: 'member', type: 'collective_study' })).total).toBe(0)
    })
  })

  describe('one meeting, start to record', () => {
    const start = '2026-05-20T07:00:00.000Z' // 15:00 in Shanghai
    let id = ''
    let code: CheckinCode

    beforeAll(async () => {
      await clock('2026-05-01T02:00:00Z')
      id = (await ok(secretary, 'meetings.create', { unitId: 'u-b-staff-1', meeting: sampleMeeting(start) })).id
      for (const openId of [onLeave, early]) await gw.call('notices', 'subscriptions.grant', { results: { TEMPLATE_MEETING: 'accept' } }, openId)
    })

    it('creates a meeting once however often it is submitted', async () => {
      const again = await ok(secretary, 'meetings.create', { unitId: 'u-b-staff-1', meeting: sampleMeeting(start) })
      expect(again.id).toBe(id)
      expect(await counters(id)).toEqual({ invited: 6, present: 0, late: 0, leave: 0, absent: 0, madeUp: 0 })
    })

    it('takes leave before the start, and not after', async () => {
      const asked = await ok(onLeave, 'leave.request', { id, reason: '外出学习培训' })
      expect(asked).toMatchObject({ status: 'leave_requested', leave: { decision: 'pending', reason: '外出学习培训' } })
      const decided = await ok(secretary, 'leave.decide', { id, memberId: people.staff1Member.memberId, decision: 'approved', comment: '请按时补学' })
      expect(decided).toMatchObject({ status: 'leave', leave: { decision: 'approved' }, makeup: { completedAt: null } })
      // The task opens when the meeting ends (not at approval) and is due 14 days later, at the end of the Shanghai day.
      expect(decided.makeup).toMatchObject({ opensAt: '2026-05-20T09:00:00.000Z', dueAt: '2026-06-03T15:59:59.999Z' })
      const outbox = (await (await fetch(`${demo.emulator.url}/_emulator/outbox?touser=${onLeave}`)).json()) as {
        messages: Array<{ data: { data: Record<string, { value: string }> } }>
      }
      expect(outbox.messages.map((m) => m.data.data.thing4.value)).toEqual(['请假已批准，请按时补学'])
      await clock(after(start, 1))
      const tooLate = await call(early, 'leave.request', { id, reason: '临时有事' })
      expect(tooLate).toMatchObject({ ok: false, error: { code: 'LEAVE_CLOSED' } })
    })

    it('rotates the code: valid now and one window on, then expired; forged and other meetings refused', async () => {
      const t0 = after(start, -20) // 14:40, window aligned to :00
      await clock(t0)
      code = await ok(secretary, 'checkin.code', { id })
      expect(code).toMatchObject({
        phase: 'on_time',
        path: `packages/meetings/pages/checkin/index?t=${code.token}`,
        rotatesAt: new Date(Date.parse(t0) + 30_000).toISOString()
      })
      await clock(new Date(Date.parse(t0) + 59_000).toISOString())
      expect(await ok(early, 'checkin.scan', { token: code.token })).toMatchObject({ status: 'present', already: false })
      await clock(new Date(Date.parse(t0) + 60_000).toISOString())
      expect(await call(late, 'checkin.scan', { token: code.token })).toMatchObject({
        ok: false,
        error: { code: 'CHECKIN_INVALID_CODE', message: expect.stringContaining('已过期') }
      })
      const [meetingId, window, signature] = code.token.split('.')
      const forged = `${meetingId}.${Number(window) + 2}.${signature}`
      expect(await call(late, 'checkin.scan', { token: forged })).toMatchObject({ ok: false, error: { code: 'CHECKIN_INVALID_CODE' } })
      const other = (
        await ok(secretary, 'meetings.create', { unitId: 'u-b-staff-1', meeting: sampleMeeting(start, { type: 'committee_meeting', title: '支部委员会' }) })
      ).id
      expect(await call(late, 'checkin.scan', { token: `${other}.${window}.${signature}` })).toMatchObject({
        ok: false,
        error: { code: 'CHECKIN_INVALID_CODE' }
      })
      const outsiderCode = await ok(secretary, 'checkin.code', { id })
      expect(await call(outsider, 'checkin.scan', { token: outsiderCode.token })).toMatchObject({ ok: false, error: { code: 'NOT_INVITED' } })
      // The same member scanning again is one record.
      expect(await ok(early, 'checkin.scan', { token: outsiderCode.token })).toMatchObject({ status: 'present', already: true })
      expect(await counters(id)).toMatchObject({ present: 1, leave: 1 })
    })

    it('opens 30 minutes before, marks late after the start, closes at the end', async () => {
      const probe = (
        await ok(secretary, 'meetings.create', { unitId: 'u-b-staff-1', meeting: sampleMeeting('2026-05-21T07:00:00.000Z', { title: '党员大会（续）' }) })
      ).id
      await clock('2026-05-21T06:29:59Z')
      const early = await ok(secretary, 'checkin.code', { id: probe })
      expect(early.phase).toBe('not_open')
      expect(await call(late, 'checkin.scan', { token: early.token })).toMatchObject({ ok: false, error: { code: 'CHECKIN_NOT_OPEN' } })
      await clock('2026-05-21T09:00:01Z')
      const closed = await ok(secretary, 'checkin.code', { id: probe })
      expect(closed.phase).toBe('closed')
      expect(await call(late, 'checkin.scan', { token: closed.token })).toMatchObject({ ok: false, error: { code: 'CHECKIN_CLOSED' } })

      await clock(after(start, 10))
      const now = await ok(secretary, 'checkin.code', { id })
      expect(now.phase).toBe('late')
      expect(await ok(late, 'checkin.scan', { token: now.token })).toMatchObject({ status: 'late', checkedInAt: after(start, 10) })
    })

    it('marks by hand with a reason, and undoes it', async () => {
      const unbound = people.staff1Unbound.memberId // no WeChat: marked by the host
      const marked = await ok(secretary, 'attendance.mark', { id, memberId: unbound, status: 'present', reason: '未带手机' })
      expect(marked).toMatchObject({ status: 'present', method: 'manual', manualReason: '未带手机' })
      expect(await call(secretary, 'attendance.mark', { id, memberId: unbound, status: 'present' })).toMatchObject({
        ok: false,
        error: { code: 'INVALID_INPUT' }
      })
      expect(await ok(secretary, 'attendance.mark', { id, memberId: unbound, status: 'clear' })).toMatchObject({ status: 'pending', method: null })
      await ok(secretary, 'attendance.mark', { id, memberId: unbound, status: 'present', reason: '送学上门' })
      expect(await counters(id)).toMatchObject({ present: 2, late: 1, leave: 1 })
    })

    it('completes the record after the end: the rest absent with 补学, counters equal a recount', async () => {
      expect(
        await call(secretary, 'minutes.save', { id, content: '学习了支部工作条例并讨论发展党员事项。', resolutions: ['同意接收一名预备党员'] })
      ).toMatchObject({ ok: true, data: { recorded: false } })
      await clock(after(start, 121))
      const saved = await ok(secretary, 'minutes.save', { id, content: '学习了支部工作条例并讨论发展党员事项。', resolutions: ['同意接收一名预备党员'] })
      expect(saved).toEqual({ recorded: true, counters: { invited: 6, present: 2, late: 1, leave: 1, absent: 2, madeUp: 0 } })
      const list = await ok(secretary, 'attendance.list', { id })
      const byStatus = (status: string) => list.members.filter((m) => m.status === status).length
      expect({
        present: byStatus('present'),
        late: byStatus('late'),
        leave: byStatus('leave'),
        absent: byStatus('absent'),
        pending: byStatus('pending')
      }).toEqual({ present: 2, late: 1, leave: 1, absent: 2, pending: 0 })
      expect(list.members.filter((m) => m.status === 'absent').every((m) => m.makeup && !m.makeup.completedAt)).toBe(true)
      // Up the tree: the general branch and the committee count the same members.
      const upTree = await ok(people.staffGeneralSecretary.openId, 'meetings.list', { view: 'manage', unitId: 'u-gb-staff', past: true })
      expect(upTree.items.find((m) => m.id === id)?.counters).toEqual(saved.counters)
      expect(await call(absent, 'leave.request', { id, reason: '补请假' })).toMatchObject({ ok: false, error: { code: 'LEAVE_CLOSED' } })
    })

    it('补学 closes the gap once, in the record and the counters', async () => {
      const tasks = await ok(onLeave, 'makeup.list', {})
      expect(tasks.items.map((t) => t.meeting.id)).toContain(id)
      expect(await call(onLeave, 'makeup.submit', { id, reflection: '太短' })).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } })
      const reflection = '通过自学支部工作条例，我进一步理解了党支部的职责和党员的义务，今后要按时参加组织生活。'
      const done = await ok(onLeave, 'makeup.submit', { id, reflection })
      expect(done.completedAt).toBeTruthy()
      await ok(onLeave, 'makeup.submit', { id, reflection })
      expect(await counters(id)).toMatchObject({ leave: 1, madeUp: 1 })
      expect((await ok(onLeave, 'makeup.list', { done: true })).items).toHaveLength(1)
      expect(await call(early, 'makeup.submit', { id, reflection })).toMatchObject({ ok: false, error: { code: 'MAKEUP_NOT_NEEDED' } })
      const detail = await ok(onLeave, 'meetings.get', { id })
      expect(detail.mine).toMatchObject({ status: 'leave', makeup: { reflection } })
      const file = await ok(secretary, 'meetings.export', { id })
      expect(file.fileName).toBe('教工第一党支部党员大会记录-2026-05-20.docx')
      expect(Buffer.from(file.base64, 'base64').subarray(0, 2).toString()).toBe('PK')
    })

    it('refuses bad input with a typed error and writes nothing', async () => {
      const before = await snapshot(demo.emulator.url)
      const bad: Array<[string, string, unknown, string]> = [
        [secretary, 'meetings.create', { unitId: 'u-b-staff-1', meeting: sampleMeeting(start, { endAt: start }) }, 'INVALID_INPUT'],
        [secretary, 'meetings.create', { unitId: 'u-b-staff-1', meeting: { ...sampleMeeting('2027-01-01T07:00:00Z'), type: 'party' } }, 'INVALID_INPUT'],
        [secretary, 'meetings.create', { unitId: 'u-b-staff-1', meeting: sampleMeeting('2026-01-01T07:00:00Z') }, 'INVALID_INPUT'],
        [secretary, 'meetings.create', { unitId: 'u-b-staff-1', meeting: sampleMeeting('2027-01-01T07:00:00Z', { noticeId: 'n-none' }) }, 'INVALID_INPUT'],
        [secretary, 'meetings.create', { unitId: 'u-nowhere', meeting: sampleMeeting('2027-01-01T07:00:00Z') }, 'NOT_FOUND'],
        [secretary, 'meetings.update', { id, meeting: sampleMeeting('2027-01-01T07:00:00Z') }, 'MEETING_STARTED'],
        [
          secretary,
          'rule.set',
          { unitId: 'u-b-staff-1', rule: { nth: 5, weekday: 5, time: '15:00', durationMinutes: 120, place: '活动室', form: '线下' } },
          'INVALID_INPUT'
        ],
        [
          secretary,
          'rule.set',
          { unitId: 'u-b-staff-1', rule: { nth: 2, weekday: 5, time: '25:00', durationMinutes: 120, place: '活动室', form: '线下' } },
          'INVALID_INPUT'
        ],
        [
          people.staffGeneralSecretary.openId,
          'rule.set',
          { unitId: 'u-gb-staff', rule: { nth: 2, weekday: 5, time: '15:00', durationMinutes: 120, place: '活动室', form: '线下' } },
          'INVALID_INPUT'
        ],
        [secretary, 'meetings.get', { id: 'm-none' }, 'NOT_FOUND'],
        [early, 'checkin.scan', { token: '' }, 'INVALID_INPUT'],
        [early, 'checkin.scan', { token: 'x'.repeat(300) }, 'INVALID_INPUT'],
        [early, 'leave.request', { id, reason: '' }, 'INVALID_INPUT'],
        [secretary, 'leave.decide', { id, memberId: people.staff1GroupMember.memberId, decision: 'approved' }, 'LEAVE_NOT_FOUND'],
        [secretary, 'leave.decide', { id, memberId: 'nobody', decision: 'maybe' }, 'INVALID_INPUT'],
        [secretary, 'attendance.mark', { id, memberId: people.staff2Members[0].memberId, status: 'present', reason: '送学上门' }, 'NOT_INVITED'],
        [secretary, 'minutes.save', { id, content: '短', resolutions: [] }, 'INVALID_INPUT'],
        [secretary, 'meetings.list', { view: 'manage', pageSize: 500 }, 'INVALID_INPUT'],
        [secretary, 'meetings.list', { view: 'manage', type: 'party_day' }, 'INVALID_INPUT'],
        [secretary, 'meetings.nothing', {}, 'UNKNOWN_ACTION']
      ]
      for (const [openId, action, payload, code] of bad) {
        const result = await untyped(openId, action, payload)
        expect({ action, result }).toMatchObject({ action, result: { ok: false, error: { code, message: expect.stringMatching(/[\u4e00-\u9fa5]/) } } })
      }
      expect(await snapshot(demo.emulator.url)).toBe(before)
    })
  })

  describe('the daily timer', () => {
    it('reminds each invited member once the day before, and makes ended meetings final', async () => {
      await clock('2026-06-01T02:00:00Z')
      const id = (
        await ok(secretary, 'meetings.create', {
          unitId: 'u-b-staff-1',
          meeting: sampleMeeting('2026-06-03T07:00:00.000Z', { type: 'party_lecture', title: '七一党课' })
        })
      ).id
      for (let i = 0; i < 2; i++) {
        for (const openId of [early, late, absent]) await gw.call('notices', 'subscriptions.grant', { results: { TEMPLATE_MEETING: 'accept' } }, openId)
      }
      await ok(late, 'leave.request', { id, reason: '出差' })
      const fire = async () =>
        (
          (await (await fetch(`${demo.emulator.url}/_emulator/timers/meetings/dailyMeetings`, { method: 'POST' })).json()) as {
            result: { reminded: number; finalized: number }
          }
        ).result
      await clock('2026-06-02T10:00:00Z')
      const sentBefore = (
        (await (await fetch(`${demo.emulator.url}/_emulator/outbox?apiName=%2Fcgi-bin%2Fmessage%2Fsubscribe%2Fsend`)).json()) as { messages: unknown[] }
      ).messages.length
      expect(await fire()).toMatchObject({ meetings: 1, reminded: 2 }) // early and absent; late asked for leave
      expect(await fire()).toMatchObject({ reminded: 0 })
      const sent = (
        (await (await fetch(`${demo.emulator.url}/_emulator/outbox?apiName=%2Fcgi-bin%2Fmessage%2Fsubscribe%2Fsend`)).json()) as {
          messages: Array<{ data: { touser: string } }>
        }
      ).messages
        .slice(sentBefore)
        .map((m) => m.data.touser)
      expect(sent.sort()).toEqual([early, absent].sort())
      await clock('2026-06-04T10:00:00Z')
      expect((await fire()).finalized).toBeGreaterThanOrEqual(1)
      expect(await counters(id)).toMatchObject({ invited: 6, absent: 6 })
    })
  })
})
