import type { CheckinCode, MeetingSummary } from '../../cloudfunctions/_shared/contract/meetings-api'
import type { NoticeSummary } from '../../cloudfunctions/_shared/contract/notices-api'
import type { MeetingMemberDoc } from '../../cloudfunctions/_shared/data/meeting-docs'
import type { NoticeMemberDoc } from '../../cloudfunctions/_shared/data/notice-docs'
import type { MemberDoc } from '../../cloudfunctions/_shared/data/org-docs'
import type { UnitStatsDoc } from '../../cloudfunctions/_shared/data/stats'
import { recountMismatches, settleCounts } from '../support/recount'
import { seededRandom } from '../../scripts/lib/prng'
import { startDemoEmulator } from '../support/demo'
import { callAs } from '../support/gateway'
import { after, sampleMeeting, setClock } from '../support/meetings'
import { sampleDraft } from '../support/notices'
import { people } from '../support/people'

/**
 * Every counter the dashboard reads equals a full recount from the raw
 * records after a randomised stream of events through the functions: reads,
 * answers, leave, decisions, check-ins, marks by hand, 补学 — with retries
 * and concurrent duplicates. The seed is printed, so a failure replays.
 */
const SEED = Number(process.env.RECOUNT_SEED ?? Date.now() % 100_000)

describe(`counters equal a recount (seed ${SEED})`, () => {
  jest.setTimeout(180_000)
  let demo: Awaited<ReturnType<typeof startDemoEmulator>>
  const random = seededRandom(SEED)
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]
  const orgDepartment = people.orgDepartment.openId
  const call = (openId: string, fn: string, action: string, payload: unknown) => callAs<unknown>(demo.emulator.url, openId, fn, action, payload)
  /** Once, twice in a row (a retry) or twice at once (a double tap). */
  const send = async (openId: string, fn: string, action: string, payload: unknown): Promise<void> => {
    const mode = random()
    if (mode < 0.6) await call(openId, fn, action, payload)
    else if (mode < 0.8) for (let i = 0; i < 2; i += 1) await call(openId, fn, action, payload)
    else await Promise.all([call(openId, fn, action, payload), call(openId, fn, action, payload), call(openId, fn, action, payload)])
  }
  const all = async <T>(collection: string): Promise<T[]> => {
    const out: T[] = []
    for (let offset = 0; ; offset += 1000) {
      const { data } = await demo.db.collection(collection).where({}).skip(offset).limit(1000).get()
      out.push(...(data as T[]))
      if (data.length < 1000) return out
    }
  }

  beforeAll(async () => {
    demo = await startDemoEmulator()
  })
  afterAll(async () => {
    await setClock(demo.emulator.url, null)
    await demo.close()
  })

  it('after reads, answers, leave, check-ins, marks and 补学 with retries and duplicates', async () => {
    const memberDocsByOpenId = (await all<MemberDoc>('members')).filter((m) => m.openid)
    const members = memberDocsByOpenId.map((m) => m.openid as string)
    await setClock(demo.emulator.url, '2026-03-01T02:00:00Z')
    const notices: string[] = []
    for (const [issue, days] of [
      [40, 5],
      [41, 40]
    ]) {
      const draft = (await call(orgDepartment, 'notices', 'notices.saveDraft', { draft: sampleDraft(issue, days) })) as { data: NoticeSummary }
      await call(orgDepartment, 'notices', 'notices.publish', { id: draft.data.id })
      notices.push(draft.data.id)
    }
    const plans: Array<[string, string, Parameters<typeof sampleMeeting>[1]]> = [
      ['u-b-staff-1', '2026-03-10T07:00:00.000Z', { type: 'general_meeting', title: '党员大会' }],
      ['u-gb-staff', '2026-03-20T07:00:00.000Z', { type: 'party_lecture', title: '党课' }],
      ['u-g-staff-1-a', '2026-03-25T07:00:00.000Z', { type: 'group_meeting', title: '党小组会' }],
      ['u-b-student-1', '2026-04-02T07:00:00.000Z', { type: 'collective_study', title: '集体学习', noticeId: notices[0] }]
    ]
    const meetings: Array<{ id: string; start: string }> = []
    for (const [unitId, start, overrides] of plans) {
      const created = (await call(orgDepartment, 'meetings', 'meetings.create', { unitId, meeting: sampleMeeting(start, overrides) })) as {
        data: MeetingSummary
      }
      meetings.push({ id: created.data.id, start })
    }

    // Before the meetings: reading, answering, asking for leave; the 组织部 decides.
    await setClock(demo.emulator.url, '2026-03-05T02:00:00Z')
    for (let i = 0; i < 80; i += 1) {
      const member = pick(members)
      const kind = random()
      if (kind < 0.45) await send(member, 'notices', 'notices.read', { id: pick(notices), materialIndex: Math.floor(random() * 2) })
      else if (kind < 0.75) await send(member, 'notices', 'answers.submit', { id: pick(notices), answers: ['结合工作谈体会。'] })
      else await send(member, 'meetings', 'leave.request', { id: pick(meetings).id, reason: pick(['出差', '外出培训', '身体不适']) })
    }
    // Whatever the dice said, some of 教工第一党支部 ask for leave from its meeting (so leave is always in the stream).
    for (const member of memberDocsByOpenId.filter((m) => m.unitId === 'u-b-staff-1').slice(0, 3)) {
      await send(member.openid as string, 'meetings', 'leave.request', { id: meetings[0].id, reason: '出差' })
    }
    for (const meeting of meetings) {
      const list = (await call(orgDepartment, 'meetings', 'attendance.list', { id: meeting.id })) as {
        data: { members: Array<{ memberId: string; status: string }> }
      }
      for (const [i, m] of list.data.members.filter((x) => x.status === 'leave_requested').entries()) {
        await send(orgDepartment, 'meetings', 'leave.decide', {
          id: meeting.id,
          memberId: m.memberId,
          decision: i === 0 || random() < 0.7 ? 'approved' : 'refused'
        })
      }
    }

    // During each meeting: scans (some late), marks by hand, an undo now and then.
    for (const meeting of meetings) {
      await setClock(demo.emulator.url, after(meeting.start, random() < 0.5 ? -10 : 15))
      const code = (await call(orgDepartment, 'meetings', 'checkin.code', { id: meeting.id })) as { data: CheckinCode }
      // Those given leave stay away from the first meeting; elsewhere a few come after all.
      const before = (await call(orgDepartment, 'meetings', 'attendance.list', { id: meeting.id })) as {
        data: { members: Array<{ memberId: string; status: string }> }
      }
      const onLeave = new Set(before.data.members.filter((m) => m.status === 'leave').map((m) => m.memberId))
      const accountOf = new Map(memberDocsByOpenId.map((m) => [m.openid, m._id]))
      const comes = (openId: string): boolean => (onLeave.has(accountOf.get(openId) ?? '') ? meeting !== meetings[0] && random() < 0.2 : random() < 0.6)
      await Promise.all(members.filter(comes).map((member) => send(member, 'meetings', 'checkin.scan', { token: code.data.token })))
      const list = (await call(orgDepartment, 'meetings', 'attendance.list', { id: meeting.id })) as {
        data: { members: Array<{ memberId: string; status: string }> }
      }
      for (const m of list.data.members.filter((x) => x.status !== 'leave' && random() < 0.3)) {
        await send(
          orgDepartment,
          'meetings',
          'attendance.mark',
          random() < 0.8
            ? { id: meeting.id, memberId: m.memberId, status: 'present', reason: '送学上门' }
            : { id: meeting.id, memberId: m.memberId, status: 'clear' }
        )
      }
    }

    // After: the record makes attendance final; 补学 closes gaps.
    await setClock(demo.emulator.url, '2026-04-03T02:00:00Z')
    for (const meeting of meetings)
      await send(orgDepartment, 'meetings', 'minutes.save', { id: meeting.id, content: '按计划开展，记录在案。', resolutions: [] })
    for (const member of members) {
      const tasks = (await call(member, 'meetings', 'makeup.list', {})) as { ok: boolean; data?: { items: Array<{ meeting: { id: string } }> } }
      for (const task of (tasks.data?.items ?? []).filter(() => random() < 0.6))
        await send(member, 'meetings', 'makeup.submit', { id: task.meeting.id, reflection: '认真自学了会议内容，对照检查，今后按时参加组织生活。' })
    }

    await settleCounts(demo.emulator.url, demo.db)
    await expectCountersEqualRecount()
  })

  async function expectCountersEqualRecount(): Promise<void> {
    const [noticeMembers, meetingMembers, buckets] = await Promise.all([
      all<NoticeMemberDoc>('noticeMembers'),
      all<MeetingMemberDoc>('meetingMembers'),
      all<UnitStatsDoc>('unitStats')
    ])
    const count = <T>(items: T[], keep: (item: T) => boolean): number => items.filter(keep).length
    // The stream did happen: something to recount in every kind of record.
    expect({
      read: count(noticeMembers, (s) => Boolean(s.readAt)) > 0,
      present: count(meetingMembers, (s) => s.status === 'present') > 0,
      leave: count(meetingMembers, (s) => s.status === 'leave') > 0,
      madeUp: count(meetingMembers, (s) => Boolean(s.makeup?.completedAt)) > 0
    }).toEqual({ read: true, present: true, leave: true, madeUp: true })
    expect(buckets.length).toBeGreaterThan(0)
    expect(await recountMismatches(demo.db)).toEqual([])
  }
})
