import { startDemoEmulator } from '../support/demo'
import { gateway, GatewayError, type Gateway } from '../support/gateway'
import { after, sampleMeeting, setClock } from '../support/meetings'
import { people } from '../support/people'
import { recountMismatches, settleCounts } from '../support/recount'

const BRANCH = 'u-b-staff-1'
const month = { period: 'month' as const, day: '2027-03-10' }

/** Issue 13 item 7: the dashboard never contradicts itself (through the functions, on the demo). */
describe('dashboard truth', () => {
  jest.setTimeout(120_000)
  let demo: Awaited<ReturnType<typeof startDemoEmulator>>
  let gw: Gateway
  const secretary = people.staff1Secretary
  const member = people.staff1Member

  beforeAll(async () => {
    demo = await startDemoEmulator()
    gw = gateway(demo.emulator.url)
  })
  afterAll(async () => {
    await setClock(demo.emulator.url, null)
    await demo.close()
  })

  it('puts no branch behind on a fresh install, and counts from the month after the first use', async () => {
    const year = new Date().getUTCFullYear()
    const { branches } = await gw.ok('dashboard', 'dashboard.quotas', { unitId: 'u-committee', year }, people.orgDepartment)
    expect(branches.length).toBeGreaterThan(1)
    expect(branches.filter((b) => b.behind.length > 0).map((b) => b.unitName)).toEqual([])
    // The seed dates every unit 1 January; nothing has happened in any branch yet.
    expect(branches.find((b) => b.unitId === BRANCH)).toMatchObject({
      countFrom: null,
      countFromReason: '支部尚未开始使用本系统，暂不计算（组织部可设定起算日期）'
    })
  })

  it('shows the target in force with its reason, and only the 组织部 sets it', async () => {
    const { branches } = await gw.ok('dashboard', 'dashboard.quotas', { unitId: BRANCH, year: 2026 }, secretary)
    expect(branches[0].items.find((i) => i.key === 'collectiveStudy')).toMatchObject({
      target: 12,
      targetReason: '每月 1 次 × 12 = 12（按月开展已开启，高于设置的全年 8 次）'
    })
    const settings = await gw.ok('dashboard', 'quotas.get', {}, people.orgDepartment)
    await expect(gw.ok('dashboard', 'quotas.set', { settings: { ...settings, countFrom: '2026-01-01' } }, secretary)).rejects.toBeInstanceOf(GatewayError)
    await gw.ok(
      'dashboard',
      'quotas.set',
      { settings: { ...settings, collectiveStudy: { perYear: 8, monthly: false }, countFrom: '2026-09-01' } },
      people.orgDepartment
    )
    const relaxed = await gw.ok('dashboard', 'dashboard.quotas', { unitId: BRANCH, year: 2026 }, secretary)
    expect(relaxed.branches[0]).toMatchObject({ countFrom: '2026-09-01', countFromReason: '组织部设定的起算日期' })
    expect(relaxed.branches[0].items.find((i) => i.key === 'collectiveStudy')).toMatchObject({ target: 8, targetReason: '全年 8 次（按月开展未开启）' })
    await gw.ok('dashboard', 'quotas.set', { settings: { ...settings, countFrom: null } }, people.orgDepartment)
  })

  it('keeps a future meeting with leave out of the figures, as upcoming, then counts it once held; summary and member rows agree', async () => {
    await setClock(demo.emulator.url, '2027-03-05T02:00:00Z')
    const startAt = '2027-03-10T07:00:00.000Z'
    const { id } = await gw.ok('meetings', 'meetings.create', { unitId: BRANCH, meeting: sampleMeeting(startAt) }, secretary)
    await gw.ok('meetings', 'leave.request', { id, reason: '出差' }, member)
    await gw.ok('meetings', 'leave.decide', { id, memberId: member.memberId, decision: 'approved' }, secretary)
    await settleCounts(demo.emulator.url, demo.db)

    const before = await gw.ok('dashboard', 'dashboard.view', { unitId: BRANCH, scope: month }, secretary)
    // Item 3 too: leave approved before the meeting opens no 补学 and counts toward no 补学完成率.
    expect(before.unit).toMatchObject({ meetingsHeld: 0, meetingInvited: 0, leave: 0, madeUp: 0, present: 0, upcoming: { meetings: 1, leave: 1 } })
    const committee = await gw.ok('dashboard', 'dashboard.view', { scope: month }, people.orgDepartment)
    expect(committee.unit).toMatchObject({ leave: 0, upcoming: { meetings: 1, leave: 1 } })
    const rowsBefore = await gw.ok('dashboard', 'dashboard.members', { unitId: BRANCH, scope: month }, secretary)
    expect(rowsBefore.upcomingMeetings).toBe(1)
    expect(rowsBefore.members.find((m) => m.memberId === member.memberId)).toMatchObject({ leave: 0, upcomingLeave: 1 })
    const trend = await gw.ok('dashboard', 'dashboard.trend', { unitId: BRANCH, year: 2027 }, secretary)
    expect(trend.points[2]).toMatchObject({ meetingInvited: 0, attended: 0 })

    // During the meeting: a check-in is known, but not yet in any figure.
    await setClock(demo.emulator.url, after(startAt, 10))
    await gw.ok('meetings', 'attendance.mark', { id, memberId: people.staff1GroupMember.memberId, status: 'present', reason: '未带手机' }, secretary)
    await settleCounts(demo.emulator.url, demo.db)
    const during = await gw.ok('dashboard', 'dashboard.view', { unitId: BRANCH, scope: month }, secretary)
    expect(during.unit).toMatchObject({ meetingsHeld: 0, present: 0, upcoming: { meetings: 1, started: 1, checkedIn: 1 } })
    const rowsDuring = await gw.ok('dashboard', 'dashboard.members', { unitId: BRANCH, scope: month }, secretary)
    expect(rowsDuring.members.reduce((n, m) => n + m.present, 0)).toBe(0)

    // Held: the record saved after the end makes attendance final.
    await setClock(demo.emulator.url, after(startAt, 150))
    await gw.ok('meetings', 'minutes.save', { id, content: '传达学习了有关会议精神，讨论了下一步工作安排。', resolutions: [] }, secretary)
    await settleCounts(demo.emulator.url, demo.db)
    const held = await gw.ok('dashboard', 'dashboard.view', { unitId: BRANCH, scope: month }, secretary)
    expect(held.unit).toMatchObject({ meetingsHeld: 1, present: 1, leave: 1, madeUp: 0, upcoming: { meetings: 0 } })
    expect(held.unit.meetingInvited).toBeGreaterThan(2)
    const rows = await gw.ok('dashboard', 'dashboard.members', { unitId: BRANCH, scope: month }, secretary)
    const sum = (field: 'present' | 'late' | 'leave' | 'absent' | 'madeUp') => rows.members.reduce((n, m) => n + m[field], 0)
    expect({ meetingsHeld: rows.meetingsHeld, present: sum('present'), leave: sum('leave'), absent: sum('absent') }).toEqual({
      meetingsHeld: held.unit.meetingsHeld,
      present: held.unit.present,
      leave: held.unit.leave,
      absent: held.unit.absent
    })
    expect(await recountMismatches(demo.db)).toEqual([])

    // In June the branch is asked for April and May only (March, its first month of use, does not count).
    await setClock(demo.emulator.url, '2027-06-15T02:00:00Z')
    const quotas = await gw.ok('dashboard', 'dashboard.quotas', { unitId: 'u-committee', year: 2027 }, people.orgDepartment)
    const branch = quotas.branches.find((b) => b.unitId === BRANCH)!
    expect(branch).toMatchObject({ countFrom: '2027-04-01', countFromReason: '支部于2027年3月开始使用本系统（当月不计）' })
    expect(branch.items.find((i) => i.key === 'collectiveStudy')).toMatchObject({ expectedByNow: 2, behind: true, detail: '4月、5月没有集体学习' })
  })

  it('shows another branch’s figures to no branch secretary', async () => {
    await expect(gw.ok('dashboard', 'dashboard.view', { unitId: BRANCH, scope: month }, people.staff2Secretary)).rejects.toMatchObject({ code: 'FORBIDDEN' })
    await expect(gw.ok('dashboard', 'dashboard.members', { unitId: BRANCH, scope: month }, people.staff2Secretary)).rejects.toMatchObject({ code: 'FORBIDDEN' })
    await expect(gw.ok('dashboard', 'dashboard.quotas', { unitId: BRANCH, year: 2027 }, people.staff2Secretary)).rejects.toMatchObject({ code: 'FORBIDDEN' })
  })
})
