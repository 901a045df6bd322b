import { startDemoEmulator } from '../support/demo'
import { callAs, gateway, type Gateway } from '../support/gateway'
import { after, sampleMeeting, setClock } from '../support/meetings'
import { people } from '../support/people'

/**
 * Phones are masked everywhere except where an officer must call (issue 14
 * item 3): contact.phone gives whoever runs the meeting the full number of a
 * member who asked for leave, was absent or is visited at home (送学上门),
 * once per tap and audited; nobody else, and no other member.
 */
describe('meetings contact.phone', () => {
  jest.setTimeout(120_000)
  let demo: Awaited<ReturnType<typeof startDemoEmulator>>
  let gw: Gateway
  const secretary = people.staff1Secretary
  const onLeave = people.staff1Member
  const present = people.staff1GroupMember
  const homeVisit = people.staff1Unbound // cannot come: the secretary brings the study to them
  const startAt = '2026-05-14T07:00:00.000Z'
  let meetingId = ''

  beforeAll(async () => {
    demo = await startDemoEmulator()
    gw = gateway(demo.emulator.url)
    await setClock(demo.emulator.url, '2026-05-10T02:00:00Z')
    meetingId = (
      await gw.ok('meetings', 'meetings.create', { unitId: secretary.unitId, meeting: sampleMeeting(startAt, { title: '五月党员大会' }) }, secretary)
    ).id
    await gw.ok('meetings', 'leave.request', { id: meetingId, reason: '外出学习培训' }, onLeave)
    await setClock(demo.emulator.url, after(startAt, -5))
    const code = await gw.ok('meetings', 'checkin.code', { id: meetingId }, secretary)
    await gw.ok('meetings', 'checkin.scan', { token: code.token }, present)
    await gw.ok('meetings', 'attendance.mark', { id: meetingId, memberId: homeVisit.memberId, status: 'present', reason: '送学上门' }, secretary)
  })
  afterAll(async () => {
    await setClock(demo.emulator.url, null)
    await demo?.close()
  })

  it('gives the secretary the full number of a member on leave and of one visited at home, with the reason', async () => {
    expect(await gw.ok('meetings', 'contact.phone', { id: meetingId, memberId: onLeave.memberId }, secretary)).toEqual({
      name: onLeave.name,
      phone: onLeave.phone,
      reason: '请假联系'
    })
    expect(await gw.ok('meetings', 'contact.phone', { id: meetingId, memberId: homeVisit.memberId }, secretary)).toMatchObject({
      phone: homeVisit.phone,
      reason: '送学上门'
    })
  })

  it('keeps every other view masked: attendance and pending leave carry no full number', async () => {
    const views = JSON.stringify([
      await gw.ok('meetings', 'attendance.list', { id: meetingId }, secretary),
      await gw.ok('meetings', 'pending.list', {}, secretary),
      await gw.ok('org', 'members.list', { unitId: secretary.unitId }, secretary)
    ])
    for (const person of [onLeave, present, homeVisit]) expect(views).not.toContain(person.phone)
  })

  it('refuses a member who is present, and anyone who does not run the meeting', async () => {
    const refused = { ok: false, error: { code: 'FORBIDDEN' } }
    expect(await gw.call('meetings', 'contact.phone', { id: meetingId, memberId: present.memberId }, secretary)).toMatchObject(refused)
    for (const hostile of [people.staff2Secretary, people.studentGeneralSecretary, present, onLeave]) {
      const result = await gw.call('meetings', 'contact.phone', { id: meetingId, memberId: onLeave.memberId }, hostile)
      expect(result).toMatchObject({ ok: false })
      expect(JSON.stringify(result)).not.toContain(onLeave.phone)
    }
    expect(
      await callAs(demo.emulator.url, secretary.openId, 'meetings', 'contact.phone', { id: meetingId, memberId: onLeave.memberId, phone: true })
    ).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT' }
    })
  })

  it('writes one audit entry per officer, meeting and member, however often it is asked', async () => {
    await Promise.all([1, 2, 3].map(() => gw.ok('meetings', 'contact.phone', { id: meetingId, memberId: onLeave.memberId }, secretary)))
    const { items } = await gw.ok('org', 'audit.list', { unitId: secretary.unitId, pageSize: 50 }, secretary)
    const reveals = items.filter((entry) => entry.action === 'contact.phone')
    expect(reveals.map((entry) => entry.summary).sort()).toEqual(
      [`查看“${homeVisit.name}”的手机号（送学上门，五月党员大会）`, `查看“${onLeave.name}”的手机号（请假联系，五月党员大会）`].sort()
    )
  })
})
