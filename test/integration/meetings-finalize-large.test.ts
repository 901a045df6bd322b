import type { CheckinCode, MeetingSummary } from '../../cloudfunctions/_shared/contract/meetings-api'
import type { MeetingDoc, MeetingMemberDoc } from '../../cloudfunctions/_shared/data/meeting-docs'
import type { MemberDoc } from '../../cloudfunctions/_shared/data/org-docs'
import { newMemberDoc } from '../../cloudfunctions/org/member-doc'
import { startDemoEmulator } from '../support/demo'
import { callAs } from '../support/gateway'
import { after, sampleMeeting, setClock } from '../support/meetings'
import { allDocs, recountMismatches, settleCounts } from '../support/recount'

/**
 * A meeting of 5,000 invitees is made final through the function, with its
 * configured timeout unchanged: every invitee ends present, late, leave or
 * absent (absent with a 补学 task), and the counters equal a recount. What one
 * call cannot finish, a retry or the sweep does.
 */
const EXTRA = 5_000
const BRANCH = 'u-b-staff-1'
const BRANCH_PATH = '/u-committee/u-gb-staff/u-b-staff-1/'

describe('finalising a meeting of 5,000 invitees', () => {
  jest.setTimeout(300_000)
  let demo: Awaited<ReturnType<typeof startDemoEmulator>>
  const secretary = 'demo-openid-010'

  beforeAll(async () => {
    demo = await startDemoEmulator()
    // A very large branch, written straight into the database (an import would take 100 calls of 50 rows).
    const at = new Date()
    const members = Array.from({ length: EXTRA }, (_unused, i) =>
      newMemberDoc({ name: `党员${i}`, phone: `15${String(i).padStart(9, '0')}`, type: '正式党员', category: '在职', branch: { id: BRANCH, path: BRANCH_PATH }, groupId: null }, at)
    )
    for (let i = 0; i < members.length; i += 500) await demo.db.collection('members').add(members.slice(i, i + 500))
    await demo.db.collection('units').doc(BRANCH).update({ memberCount: demo.db.command.inc(EXTRA) })
  })
  afterAll(async () => {
    await setClock(demo.emulator.url, null)
    await demo.close()
  })

  it('ends with every invitee in a final state, 补学 where due, and counters equal to a recount', async () => {
    await setClock(demo.emulator.url, '2026-12-07T02:00:00Z')
    const start = '2026-12-08T07:00:00.000Z'
    const created = await callAs<MeetingSummary>(demo.emulator.url, secretary, 'meetings', 'meetings.create', { unitId: BRANCH, meeting: sampleMeeting(start) })
    if (!created.ok) throw new Error(created.error.message)
    const id = created.data.id
    // A few come: the demo members with WeChat scan the code.
    await setClock(demo.emulator.url, after(start, -5))
    const code = await callAs<CheckinCode>(demo.emulator.url, secretary, 'meetings', 'checkin.code', { id })
    if (!code.ok) throw new Error(code.error.message)
    for (const openId of ['demo-openid-011', 'demo-openid-012', 'demo-openid-013']) expect(await callAs(demo.emulator.url, openId, 'meetings', 'checkin.scan', { token: code.data.token })).toMatchObject({ ok: true })

    await setClock(demo.emulator.url, after(start, 150))
    const started = Date.now()
    const save = () => callAs<{ recorded: boolean }>(demo.emulator.url, secretary, 'meetings', 'minutes.save', { id, content: '传达学习有关精神，讨论本支部工作。', resolutions: [] }).catch(() => null)
    // One call may not finish: a retry (or the daily timer) does; the counting is the sweep's.
    const saved = await save()
    if (!saved?.ok) expect(await save()).toMatchObject({ ok: true })
    const sweeps = await settleCounts(demo.emulator.url, demo.db, 120_000)
    console.log(`finalised ${EXTRA + 6} invitees in ${Date.now() - started} ms (${saved?.ok ? 'one call' : 'a retry'} + ${sweeps} sweeps)`)

    const meeting = (await demo.db.collection('meetings').doc(id).get()).data[0] as MeetingDoc
    expect(meeting.finalizedAt).toBeTruthy()
    const invitees = (await allDocs<MemberDoc>(demo.db, 'members')).filter((m) => m.unitPath === BRANCH_PATH && m.status === 'active')
    const states = new Map((await allDocs<MeetingMemberDoc>(demo.db, 'meetingMembers')).filter((s) => s.meetingId === id).map((s) => [s.memberId, s]))
    expect(invitees.length).toBe(EXTRA + 6)
    const statuses: Record<string, number> = {}
    for (const member of invitees) {
      const state = states.get(member._id)
      const status = state?.status ?? 'missing'
      statuses[status] = (statuses[status] ?? 0) + 1
      if (status === 'absent' || status === 'leave') expect(state?.makeup?.dueAt).toBeTruthy()
    }
    expect(statuses).toEqual({ present: 3, absent: EXTRA + 3 })
    const counters = (await demo.db.collection('meetingUnits').doc(`${id}:${BRANCH}`).get()).data[0] as { invited: number; present: number; absent: number }
    expect(counters).toMatchObject({ invited: EXTRA + 6, present: 3, absent: EXTRA + 3 })
    expect(await recountMismatches(demo.db)).toEqual([])
  })
})
