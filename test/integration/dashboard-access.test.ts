import type { DashboardView } from '../../cloudfunctions/_shared/contract/dashboard-api'
import type { NoticeSummary } from '../../cloudfunctions/_shared/contract/notices-api'
import { startDemoEmulator } from '../support/demo'
import { callAs, snapshot } from '../support/gateway'
import { sampleDraft } from '../support/notices'
import { people } from '../support/people'

/**
 * Nobody sees a unit outside their subtree, and member rows only for the
 * branch's own secretary and above; every denial is FORBIDDEN and writes
 * nothing. Written out independently of the role table.
 */
const ACTORS = {
  orgDepartment: people.orgDepartment.openId,
  staffGeneralSecretary: people.staffGeneralSecretary.openId, // 教工党总支
  staff1Secretary: people.staff1Secretary.openId, // 教工第一党支部
  staff1Organizer: people.staff1Organizer.openId,
  staff1Member: people.staff1GroupMember.openId,
  studentSecretary: people.student1Secretary.openId, // 学生第一党支部
  newcomer: people.newcomer.openId
} as const
type Actor = keyof typeof ACTORS

const UNITS = ['u-committee', 'u-gb-staff', 'u-b-staff-1', 'u-b-staff-2', 'u-gb-student', 'u-b-student-1', 'u-b-direct'] as const
type Unit = (typeof UNITS)[number]
const SEES: Record<Actor, Unit[]> = {
  orgDepartment: [...UNITS],
  staffGeneralSecretary: ['u-gb-staff', 'u-b-staff-1', 'u-b-staff-2'],
  staff1Secretary: ['u-b-staff-1'],
  staff1Organizer: [],
  staff1Member: [],
  studentSecretary: ['u-b-student-1'],
  newcomer: []
}
const BRANCHES: Unit[] = ['u-b-staff-1', 'u-b-staff-2', 'u-b-student-1', 'u-b-direct']
const SCOPE = { period: 'year', day: '2026-11-24' }

describe('dashboard authorisation', () => {
  jest.setTimeout(120_000)
  let demo: Awaited<ReturnType<typeof startDemoEmulator>>
  let noticeId = ''
  let seeded = ''
  const call = (actor: Actor, action: string, payload: unknown) => callAs<unknown>(demo.emulator.url, ACTORS[actor], 'dashboard', action, payload)

  beforeAll(async () => {
    demo = await startDemoEmulator()
    const draft = await callAs<NoticeSummary>(demo.emulator.url, ACTORS.orgDepartment, 'notices', 'notices.saveDraft', { draft: sampleDraft(5) })
    if (!draft.ok) throw new Error(draft.error.message)
    noticeId = draft.data.id
    await callAs(demo.emulator.url, ACTORS.orgDepartment, 'notices', 'notices.publish', { id: noticeId })
    seeded = await snapshot(demo.emulator.url)
  })
  afterAll(() => demo.close())

  const cases = (Object.keys(ACTORS) as Actor[]).flatMap((actor) => UNITS.map((unit) => [actor, unit, SEES[actor].includes(unit)] as const))

  it.each(cases)('%s → %s: sees=%s (view, trend, quotas, changes, every export)', async (actor, unit, sees) => {
    const payloads: Array<[string, unknown]> = [
      ['dashboard.view', { unitId: unit, scope: SCOPE }],
      ['dashboard.view', { unitId: unit, scope: { noticeId } }],
      ['dashboard.trend', { unitId: unit, year: 2026 }],
      ['dashboard.quotas', { unitId: unit, year: 2026 }],
      ['dashboard.changes', { unitId: unit, noticeId }],
      ['dashboard.export', { unitId: unit, scope: SCOPE, view: 'units' }],
      ['dashboard.export', { unitId: unit, scope: SCOPE, view: 'quotas' }],
      ['dashboard.export', { unitId: unit, scope: SCOPE, view: 'trend' }]
    ]
    for (const [action, payload] of payloads) {
      const result = await call(actor, action, payload)
      expect({ action, result }).toMatchObject({
        action,
        result: sees ? { ok: true } : { ok: false, error: { code: 'FORBIDDEN', message: expect.stringMatching(/[\u4e00-\u9fa5]/) } }
      })
    }
  })

  const memberCases = (Object.keys(ACTORS) as Actor[]).flatMap((actor) => BRANCHES.map((unit) => [actor, unit, SEES[actor].includes(unit)] as const))

  it.each(memberCases)('%s → members of %s: allowed=%s', async (actor, unit, allowed) => {
    for (const [action, payload] of [
      ['dashboard.members', { unitId: unit, scope: SCOPE }],
      ['dashboard.export', { unitId: unit, scope: SCOPE, view: 'members' }]
    ] as const) {
      const result = await call(actor, action, payload)
      expect({ action, result }).toMatchObject({ action, result: allowed ? { ok: true } : { ok: false, error: { code: 'FORBIDDEN' } } })
    }
  })

  it('defaults to the caller’s widest unit and lists only its children', async () => {
    const general = await call('staffGeneralSecretary', 'dashboard.view', { scope: SCOPE })
    expect(general).toMatchObject({ ok: true, data: { unit: { unitId: 'u-gb-staff' } } })
    expect((general as { data: DashboardView }).data.children.map((c) => c.unitId).sort()).toEqual(['u-b-staff-1', 'u-b-staff-2', 'u-b-staff-3'])
    const committee = (await call('orgDepartment', 'dashboard.view', { scope: SCOPE })) as { data: DashboardView }
    expect(committee.data.children.map((c) => c.unitId).sort()).toEqual(['u-b-direct', 'u-gb-staff', 'u-gb-student'])
    expect(await call('staff1Member', 'dashboard.view', { scope: SCOPE })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
  })

  it('lets only the 组织部 set the committee’s requirements; nothing is written by the refusals', async () => {
    const settings = ((await call('orgDepartment', 'quotas.get', {})) as { data: unknown }).data
    for (const actor of ['staffGeneralSecretary', 'staff1Secretary', 'staff1Member', 'newcomer'] as const) {
      expect(await call(actor, 'quotas.set', { settings })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
    }
    expect(await call('orgDepartment', 'quotas.set', { settings: { ...(settings as object), educationDaysPerMember: -1 } })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT' }
    })
    expect(await snapshot(demo.emulator.url)).toBe(seeded)
    expect(await call('orgDepartment', 'quotas.set', { settings: { ...(settings as object), educationDaysPerMember: 6 } })).toMatchObject({
      ok: true,
      data: { educationDaysPerMember: 6 }
    })
  })

  it('counts a branch that moved the notice’s time at every level above it, and lists it', async () => {
    const moved = await callAs(demo.emulator.url, ACTORS.staff1Secretary, 'notices', 'notices.reschedule', {
      id: noticeId,
      unitId: 'u-b-staff-1',
      startAt: new Date(Date.now() + 8 * 86_400_000).toISOString(),
      form: '线上学习',
      place: '腾讯会议'
    })
    expect(moved).toMatchObject({ ok: true })
    const view = ((await call('orgDepartment', 'dashboard.view', { scope: { noticeId } })) as { data: DashboardView }).data
    expect(view.unit.scheduleChanges).toBe(1)
    expect(view.children.find((c) => c.unitId === 'u-gb-staff')?.scheduleChanges).toBe(1)
    expect(view.children.find((c) => c.unitId === 'u-gb-student')?.scheduleChanges).toBe(0)
    expect(await call('staffGeneralSecretary', 'dashboard.changes', { unitId: 'u-gb-staff', noticeId })).toMatchObject({
      ok: true,
      data: { items: [{ unitId: 'u-b-staff-1', form: '线上学习', place: '腾讯会议' }] }
    })
  })
})
