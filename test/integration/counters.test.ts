import type { MeetingDoc, MeetingUnitDoc } from '../../cloudfunctions/_shared/data/meeting-docs'
import type { UnitStatsDoc } from '../../cloudfunctions/_shared/data/stats'
import { memberIdFor } from '../../cloudfunctions/_shared/runtime/member-id'
import { startDemoEmulator } from '../support/demo'
import { gateway, restore, snapshot, type ActionOf, type Caller, type FunctionName, type PayloadOf } from '../support/gateway'
import { sampleMeeting } from '../support/meetings'
import { sampleDraft } from '../support/notices'
import { allDocs, recountMismatches, settleCounts } from '../support/recount'
import { people } from '../support/people'

/**
 * The counter issue's reproductions, each against the demo data: concurrent
 * and repeated publishes, a crash between a member's own write and the
 * counting, features opening the same period at once. Afterwards every
 * counter equals a recount and no call answered INTERNAL.
 */
const ORG_DEPT = people.orgDepartment.openId
const MEMBERS = 39

describe('counters never drift', () => {
  jest.setTimeout(180_000)
  let demo: Awaited<ReturnType<typeof startDemoEmulator>>
  let seeded: string
  const call = <F extends FunctionName, A extends ActionOf<F>>(as: Caller, fn: F, action: A, payload: PayloadOf<F, A>) =>
    gateway(demo.emulator.url).call(fn, action, payload, as)
  const committeeYear = async (year = 'Y2026'): Promise<UnitStatsDoc | undefined> =>
    (await demo.db.collection('unitStats').doc(`u-committee:${year}`).get()).data[0] as UnitStatsDoc | undefined

  beforeAll(async () => {
    demo = await startDemoEmulator()
    seeded = await snapshot(demo.emulator.url)
  })
  beforeEach(() => restore(demo.emulator.url, seeded))
  afterAll(() => demo.close())

  async function draft(issue: number, days = 5): Promise<string> {
    const saved = await call(ORG_DEPT, 'notices', 'notices.saveDraft', { draft: sampleDraft(issue, days) })
    if (!saved.ok) throw new Error(saved.error.message)
    return saved.data.id
  }

  it('publishes once when 20 publishes of one draft arrive at once', async () => {
    const id = await draft(60)
    const answers = await Promise.all(Array.from({ length: 20 }, () => call(ORG_DEPT, 'notices', 'notices.publish', { id })))
    const codes = answers.map((a) => (a.ok ? 'ok' : a.error.code))
    expect(codes.filter((code) => code !== 'ok' && code !== 'PUBLISH_IN_PROGRESS')).toEqual([])
    expect(answers.filter((a) => a.ok).every((a) => a.ok && a.data.assigned === MEMBERS)).toBe(true)
    expect(codes).toContain('ok')
    expect((await committeeYear())?.noticeAssigned).toBe(MEMBERS)
    expect((await committeeYear())?.notices).toBe(1)
    await settleCounts(demo.emulator.url, demo.db)
    expect(await recountMismatches(demo.db)).toEqual([])
  })

  it('publishes once on a double tap, five times over', async () => {
    for (let run = 0; run < 5; run += 1) {
      const id = await draft(61 + run)
      const answers = await Promise.all([0, 1].map(() => call(ORG_DEPT, 'notices', 'notices.publish', { id })))
      expect(answers.map((a) => (a.ok ? 'ok' : a.error.code)).filter((code) => code === 'INTERNAL')).toEqual([])
    }
    expect((await committeeYear())?.noticeAssigned).toBe(MEMBERS * 5)
    expect(await recountMismatches(demo.db)).toEqual([])
  })

  it('finishes a publish that died halfway, on retry, without doubling', async () => {
    const id = await draft(70)
    // What a publish that died after its plan and part of its writes leaves: the plan, some counters, some buckets counted.
    expect(await call(ORG_DEPT, 'notices', 'notices.publish', { id })).toMatchObject({ ok: true })
    await demo.db.collection('notices').doc(id).update({ status: 'draft' })
    await demo.db.collection('noticeUnits').where({ noticeId: id, unitType: 'branch' }).remove()
    const year = await committeeYear()
    expect(year?.noticeAssigned).toBe(MEMBERS)
    // Its markers are gone once finished: put one back on half the buckets, as a run that died mid-way leaves them.
    const _ = demo.db.command
    await demo.db
      .collection('unitStats')
      .where({ unitId: _.in(['u-committee', 'u-gb-staff']) })
      .update({ [`countedBatches.publish-${id}`]: true })
    await demo.db
      .collection('unitStats')
      .where({ unitId: _.nin(['u-committee', 'u-gb-staff']) })
      .update({ noticeAssigned: 0, notices: 0 })
    expect(await call(ORG_DEPT, 'notices', 'notices.publish', { id })).toMatchObject({ ok: true, data: { assigned: MEMBERS } })
    expect((await committeeYear())?.noticeAssigned).toBe(MEMBERS)
    expect(await recountMismatches(demo.db)).toEqual([])
    expect((await demo.db.collection('noticeUnits').where({ noticeId: id }).count()).total).toBe(10)
  })

  it("counts a member's write that a crash left uncounted, at the next sweep", async () => {
    const id = await draft(80)
    expect(await call(ORG_DEPT, 'notices', 'notices.publish', { id })).toMatchObject({ ok: true })
    const member = people.staff1Member.memberId
    // The member's own write landed; the call died before the lane counted it.
    await demo.db
      .collection('noticeMembers')
      .doc(`${id}:${member}`)
      .set({
        noticeId: id,
        memberId: member,
        memberName: '测试',
        unitId: 'u-b-staff-1',
        unitPath: '/u-committee/u-gb-staff/u-b-staff-1/',
        readMaterials: [0],
        readAt: new Date(),
        answers: null,
        submittedAt: null,
        review: null,
        notifiedAt: null,
        lastRemindDay: null,
        version: 1,
        dirty: true,
        countedAs: {}
      })
    expect(await recountMismatches(demo.db)).not.toEqual([])
    expect(await settleCounts(demo.emulator.url, demo.db)).toBeLessThanOrEqual(2)
    expect(await recountMismatches(demo.db)).toEqual([])
    expect(((await demo.db.collection('noticeUnits').doc(`${id}:u-b-staff-1`).get()).data[0] as { read: number }).read).toBe(1)
  })

  it('moves assigned and invited with members who join, move or leave after a publish, so no rate exceeds 100 %', async () => {
    const id = await draft(85)
    expect(await call(ORG_DEPT, 'notices', 'notices.publish', { id })).toMatchObject({ ok: true })
    const planned = await call(ORG_DEPT, 'meetings', 'meetings.create', {
      unitId: 'u-gb-staff',
      meeting: sampleMeeting(new Date(Date.now() + 86_400_000).toISOString())
    })
    if (!planned.ok) throw new Error(planned.error.message)
    const assigned = async (unitId: string): Promise<number> =>
      ((await demo.db.collection('noticeUnits').doc(`${id}:${unitId}`).get()).data[0] as { assigned: number }).assigned
    const invited = async (unitId: string): Promise<number> =>
      ((await demo.db.collection('meetingUnits').doc(`${planned.data.id}:${unitId}`).get()).data[0] as { invited: number }).invited
    const before = { gb: await assigned('u-gb-staff'), student: await assigned('u-b-student-1'), gbInvited: await invited('u-gb-staff') }
    expect([await assigned('u-b-staff-1'), await assigned('u-committee'), await invited('u-b-staff-1')]).toEqual([6, MEMBERS, 6])

    // Nine join the branch after the publish, are bound and all answer.
    const secretary = people.staff1Secretary.openId
    for (let i = 0; i < 9; i += 1) {
      const added = await call(secretary, 'org', 'members.add', {
        unitId: 'u-b-staff-1',
        name: `新党员${i}`,
        phone: `1370000${1000 + i}`,
        type: '正式党员',
        category: '在职'
      })
      if (!added.ok) throw new Error(added.error.message)
      await demo.db
        .collection('members')
        .doc(added.data.id)
        .update({ openid: `late-${i}` })
      expect(await call(`late-${i}`, 'notices', 'answers.submit', { id, answers: ['联系实际谈体会。'] })).toMatchObject({ ok: true })
    }
    // One moves to another 党总支's branch, one leaves.
    expect(await call(ORG_DEPT, 'org', 'members.move', { memberId: memberIdFor('13700001000'), toUnitId: 'u-b-student-1' })).toMatchObject({ ok: true })
    expect(
      await call(ORG_DEPT, 'org', 'members.deactivate', { memberId: memberIdFor('13700001001'), status: 'transferred_out', reason: '调离' })
    ).toMatchObject({ ok: true })
    await settleCounts(demo.emulator.url, demo.db)
    expect({
      branch: await assigned('u-b-staff-1'),
      gb: await assigned('u-gb-staff'),
      student: await assigned('u-b-student-1'),
      committee: await assigned('u-committee')
    }).toEqual({ branch: 6 + 9 - 2, gb: before.gb + 9 - 2, student: before.student + 1, committee: MEMBERS + 8 })
    expect({ branch: await invited('u-b-staff-1'), gb: await invited('u-gb-staff') }).toEqual({ branch: 13, gb: before.gbInvited + 7 })
    const counters = (await allDocs<{ assigned: number; answered: number; read: number; unitId: string }>(demo.db, 'noticeUnits')).filter((u) => u.assigned > 0)
    expect(counters.filter((u) => u.answered > u.assigned || u.read > u.assigned)).toEqual([])
    expect((await committeeYear())?.noticeAssigned).toBe(MEMBERS + 8)
  })

  it('opens the same period for four meetings at once without an error or a stray counter, five times over', async () => {
    for (let run = 0; run < 5; run += 1) {
      // A fresh week each run: its buckets do not exist yet.
      const start = new Date(Date.UTC(2027, 0, 4 + run * 7, 7)).toISOString()
      const units = ['u-b-staff-1', 'u-b-staff-2', 'u-b-student-1', 'u-b-student-2']
      const answers = await Promise.all(
        units.map((unitId) => call(ORG_DEPT, 'meetings', 'meetings.create', { unitId, meeting: sampleMeeting(start, { title: `第${run}次党员大会` }) }))
      )
      expect(answers.map((a) => (a.ok ? 'ok' : a.error.code))).toEqual(['ok', 'ok', 'ok', 'ok'])
    }
    const meetings = new Set((await allDocs<MeetingDoc>(demo.db, 'meetings')).map((m) => m._id))
    const strays = (await allDocs<MeetingUnitDoc>(demo.db, 'meetingUnits')).filter((u) => !meetings.has(u.meetingId))
    expect(strays).toEqual([])
    expect(await recountMismatches(demo.db)).toEqual([])
  })
})
