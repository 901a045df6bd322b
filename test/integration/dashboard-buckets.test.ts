import type { MemberStatsDoc, UnitStatsDoc } from '../../cloudfunctions/_shared/data/stats'
import { startDemoEmulator } from '../support/demo'
import { gateway, type Gateway } from '../support/gateway'
import { sampleMeeting, setClock } from '../support/meetings'
import { settleCounts } from '../support/recount'
import { people } from '../support/people'

/** A meeting moved to another month before it starts takes what its attendance already counted (approved leave) along. */
describe('period buckets when a meeting moves', () => {
  jest.setTimeout(60_000)
  let demo: Awaited<ReturnType<typeof startDemoEmulator>>
  let gw: Gateway
  const secretary = people.staff1Secretary
  const bucket = async (id: string): Promise<UnitStatsDoc | undefined> =>
    (await demo.db.collection('unitStats').doc(id).get()).data[0] as UnitStatsDoc | undefined

  beforeAll(async () => {
    demo = await startDemoEmulator()
    gw = gateway(demo.emulator.url)
  })
  afterAll(async () => {
    await setClock(demo.emulator.url, null)
    await demo.close()
  })

  it('moves the leave counted in May to June, for the units and the member', async () => {
    await setClock(demo.emulator.url, '2026-05-01T02:00:00Z')
    const { id } = await gw.ok('meetings', 'meetings.create', { unitId: 'u-b-staff-1', meeting: sampleMeeting('2026-05-28T07:00:00.000Z') }, secretary)
    await gw.ok('meetings', 'leave.request', { id, reason: '出差' }, people.staff1Member)
    await gw.ok('meetings', 'leave.decide', { id, memberId: people.staff1Member.memberId, decision: 'approved' }, secretary)
    await settleCounts(demo.emulator.url, demo.db)
    expect(await bucket('u-b-staff-1:M2026-05')).toMatchObject({ leave: 1 })
    expect(await bucket('u-committee:Q2026-2')).toMatchObject({ leave: 1 })

    await gw.ok('meetings', 'meetings.update', { id, meeting: sampleMeeting('2026-06-04T07:00:00.000Z') }, secretary)
    for (const unit of ['u-b-staff-1', 'u-gb-staff', 'u-committee']) {
      expect({ unit, may: (await bucket(`${unit}:M2026-05`))?.leave, june: (await bucket(`${unit}:M2026-06`))?.leave }).toEqual({ unit, may: 0, june: 1 })
    }
    expect(await bucket('u-committee:Q2026-2')).toMatchObject({ leave: 1 }) // still the second quarter
    expect(await bucket('u-committee:Y2026')).toMatchObject({ leave: 1 })
    const mine = (await demo.db.collection('memberStats').doc(`${people.staff1Member.memberId}:Y2026`).get()).data[0] as MemberStatsDoc
    expect({ may: mine.periods['M2026-05'].leave, june: mine.periods['M2026-06'].leave, year: mine.periods.Y2026.leave }).toEqual({ may: 0, june: 1, year: 1 })
  })
})
