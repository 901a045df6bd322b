import type { MeetingSummary } from '../../cloudfunctions/_shared/contract/meetings-api'
import type { MemberStatsDoc, UnitStatsDoc } from '../../cloudfunctions/_shared/data/stats'
import { startDemoEmulator } from '../support/demo'
import { callAs } from '../support/gateway'
import { sampleMeeting, setClock } from '../support/meetings'
import { settleCounts } from '../support/recount'
import { people } from '../support/people'

/** A meeting moved to another month before it starts takes what its attendance already counted (approved leave) along. */
describe('period buckets when a meeting moves', () => {
  jest.setTimeout(60_000)
  let demo: Awaited<ReturnType<typeof startDemoEmulator>>
  const secretary = people.staff1Secretary.openId
  const ok = async <T>(openId: string, action: string, payload: unknown): Promise<T> => {
    const result = await callAs<T>(demo.emulator.url, openId, 'meetings', action, payload)
    if (!result.ok) throw new Error(`${action}: ${result.error.message}`)
    return result.data
  }
  const bucket = async (id: string): Promise<UnitStatsDoc | undefined> => (await demo.db.collection('unitStats').doc(id).get()).data[0] as UnitStatsDoc | undefined

  beforeAll(async () => {
    demo = await startDemoEmulator()
  })
  afterAll(async () => {
    await setClock(demo.emulator.url, null)
    await demo.close()
  })

  it('moves the leave counted in May to June, for the units and the member', async () => {
    await setClock(demo.emulator.url, '2026-05-01T02:00:00Z')
    const { id } = await ok<MeetingSummary>(secretary, 'meetings.create', { unitId: 'u-b-staff-1', meeting: sampleMeeting('2026-05-28T07:00:00.000Z') })
    await ok(people.staff1Member.openId, 'leave.request', { id, reason: '出差' })
    await ok(secretary, 'leave.decide', { id, memberId: people.staff1Member.memberId, decision: 'approved' })
    await settleCounts(demo.emulator.url, demo.db)
    expect(await bucket('u-b-staff-1:M2026-05')).toMatchObject({ leave: 1 })
    expect(await bucket('u-committee:Q2026-2')).toMatchObject({ leave: 1 })

    await ok(secretary, 'meetings.update', { id, meeting: sampleMeeting('2026-06-04T07:00:00.000Z') })
    for (const unit of ['u-b-staff-1', 'u-gb-staff', 'u-committee']) {
      expect({ unit, may: (await bucket(`${unit}:M2026-05`))?.leave, june: (await bucket(`${unit}:M2026-06`))?.leave }).toEqual({ unit, may: 0, june: 1 })
    }
    expect(await bucket('u-committee:Q2026-2')).toMatchObject({ leave: 1 }) // still the second quarter
    expect(await bucket('u-committee:Y2026')).toMatchObject({ leave: 1 })
    const mine = (await demo.db.collection('memberStats').doc(`${people.staff1Member.memberId}:Y2026`).get()).data[0] as MemberStatsDoc
    expect({ may: mine.periods['M2026-05'].leave, june: mine.periods['M2026-06'].leave, year: mine.periods.Y2026.leave }).toEqual({ may: 0, june: 1, year: 1 })
  })
})
