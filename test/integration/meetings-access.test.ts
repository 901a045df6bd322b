import type { CheckinCode, MeetingSummary } from '../../cloudfunctions/_shared/contract/meetings-api'
import { startDemoEmulator } from '../support/demo'
import { callAs, restore, snapshot } from '../support/gateway'
import { after, sampleMeeting, setClock } from '../support/meetings'
import { people } from '../support/people'

/**
 * Authorisation for every meetings action × role × inside / outside the
 * caller's subtree, written out independently of the role table. A denial is
 * FORBIDDEN with a Chinese message and writes nothing; members act only on
 * meetings that invite them.
 */
const ACTORS = {
  orgDepartment: people.orgDepartment.openId,
  staffGeneralSecretary: people.staffGeneralSecretary.openId, // 教工党总支
  staff1Secretary: people.staff1Secretary.openId, // 教工第一党支部
  staff1Organizer: people.staff1Organizer.openId,
  staff1Member: people.staff1GroupMember.openId,
  newcomer: people.newcomer.openId
} as const
type Actor = keyof typeof ACTORS

const START = '2026-05-20T07:00:00.000Z'
const BEFORE = '2026-05-01T02:00:00.000Z'
const DURING = after(START, 10)

const PLACES = {
  inside: {
    branch: 'u-b-staff-1',
    plain: people.staff1Member.memberId,
    onLeave: { openId: people.staff1MobileMember.openId, id: people.staff1MobileMember.memberId }
  },
  outside: {
    branch: 'u-b-student-1',
    plain: people.student1MobileMember.memberId,
    onLeave: { openId: people.student1Members[0].openId, id: people.student1Members[0].memberId }
  }
} as const
type Place = keyof typeof PLACES
type PlaceData = (typeof PLACES)[Place]

const RULE = { nth: 2, weekday: 5, time: '15:00', durationMinutes: 120, place: '党员活动室', form: '线下' }

/** Staff actions, each with the moment it makes sense at, so an allowed call succeeds. */
const STAFF_ACTIONS: Record<string, { at: string; payload: (id: string, p: PlaceData) => unknown }> = {
  'rule.get': { at: BEFORE, payload: (_id, p) => ({ unitId: p.branch }) },
  'rule.set': { at: BEFORE, payload: (_id, p) => ({ unitId: p.branch, rule: RULE }) },
  'meetings.create': { at: BEFORE, payload: (_id, p) => ({ unitId: p.branch, meeting: sampleMeeting('2026-05-25T07:00:00.000Z') }) },
  'meetings.update': { at: BEFORE, payload: (id) => ({ id, meeting: sampleMeeting(START, { title: '党员大会（调整议程）' }) }) },
  'meetings.list': { at: BEFORE, payload: (_id, p) => ({ view: 'manage', unitId: p.branch }) },
  'checkin.code': { at: DURING, payload: (id) => ({ id }) },
  'attendance.list': { at: DURING, payload: (id) => ({ id }) },
  'attendance.mark': { at: DURING, payload: (id, p) => ({ id, memberId: p.plain, status: 'present', reason: '送学上门' }) },
  'leave.decide': { at: BEFORE, payload: (id, p) => ({ id, memberId: p.onLeave.id, decision: 'approved' }) },
  'minutes.save': { at: DURING, payload: (id) => ({ id, content: '学习支部工作条例，讨论发展党员。', resolutions: [] }) },
  'meetings.export': { at: DURING, payload: (id) => ({ id }) }
}
const RUNS_INSIDE: Record<Actor, boolean> = {
  orgDepartment: true,
  staffGeneralSecretary: true,
  staff1Secretary: true,
  staff1Organizer: true,
  staff1Member: false,
  newcomer: false
}

const CASES = (Object.keys(ACTORS) as Actor[]).flatMap((actor) =>
  (Object.keys(PLACES) as Place[]).flatMap((place) =>
    Object.keys(STAFF_ACTIONS).map((action) => [actor, place, action, place === 'inside' ? RUNS_INSIDE[actor] : actor === 'orgDepartment'] as const)
  )
)

describe('meetings authorisation', () => {
  jest.setTimeout(180_000)
  let demo: Awaited<ReturnType<typeof startDemoEmulator>>
  const ids: Record<Place, string> = { inside: '', outside: '' }
  let seeded = ''
  const call = (openId: string, action: string, payload: unknown) => callAs(demo.emulator.url, openId, 'meetings', action, payload)

  beforeAll(async () => {
    demo = await startDemoEmulator()
    await setClock(demo.emulator.url, BEFORE)
    for (const place of Object.keys(PLACES) as Place[]) {
      const created = await callAs<MeetingSummary>(demo.emulator.url, ACTORS.orgDepartment, 'meetings', 'meetings.create', {
        unitId: PLACES[place].branch,
        meeting: sampleMeeting(START)
      })
      if (!created.ok) throw new Error(created.error.message)
      ids[place] = created.data.id
      expect(await call(PLACES[place].onLeave.openId, 'leave.request', { id: ids[place], reason: '外出培训' })).toMatchObject({ ok: true })
    }
    seeded = await snapshot(demo.emulator.url)
  })
  afterAll(async () => {
    await setClock(demo.emulator.url, null)
    await demo.close()
  })

  it.each(CASES)('%s %s: %s → allowed=%s', async (actor, place, action, allowed) => {
    await restore(demo.emulator.url, seeded)
    const { at, payload } = STAFF_ACTIONS[action]
    await setClock(demo.emulator.url, at)
    const result = await call(ACTORS[actor], action, payload(ids[place], PLACES[place]))
    if (allowed) {
      expect(result).toMatchObject({ ok: true })
    } else {
      expect(result).toMatchObject({ ok: false, error: { code: 'FORBIDDEN', message: expect.stringMatching(/[\u4e00-\u9fa5]/) } })
      expect(await snapshot(demo.emulator.url)).toBe(seeded)
    }
  })

  it('lets members act only on meetings that invite them, and non-members not at all', async () => {
    await restore(demo.emulator.url, seeded)
    await setClock(demo.emulator.url, DURING)
    const code = await callAs<CheckinCode>(demo.emulator.url, ACTORS.orgDepartment, 'meetings', 'checkin.code', { id: ids.outside })
    if (!code.ok) throw new Error(code.error.message)
    const before = await snapshot(demo.emulator.url)
    const reflection = '认真学习了会议精神，联系实际谈了体会，今后按时参加组织生活。'
    const memberActions: Array<[string, unknown, string]> = [
      ['meetings.get', { id: ids.outside }, 'FORBIDDEN'],
      ['checkin.scan', { token: code.data.token }, 'NOT_INVITED'],
      ['leave.request', { id: ids.outside, reason: '出差' }, 'NOT_INVITED'],
      ['makeup.submit', { id: ids.outside, reflection }, 'MAKEUP_NOT_NEEDED']
    ]
    for (const [action, payload, code] of memberActions) {
      expect({ action, result: await call(ACTORS.staff1Member, action, payload) }).toMatchObject({ action, result: { ok: false, error: { code } } })
      expect({ action, result: await call(ACTORS.newcomer, action, payload) }).toMatchObject({ action, result: { ok: false, error: { code: 'FORBIDDEN' } } })
    }
    for (const [action, payload] of [
      ['meetings.list', { view: 'member' }],
      ['makeup.list', {}]
    ] as const) {
      expect(await call(ACTORS.newcomer, action, payload)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
    }
    const mine = await call(ACTORS.staff1Member, 'meetings.list', { view: 'member' })
    expect(mine).toMatchObject({ ok: true, data: { total: 1, items: [{ id: ids.inside }] } })
    expect(await snapshot(demo.emulator.url)).toBe(before)
  })
})
