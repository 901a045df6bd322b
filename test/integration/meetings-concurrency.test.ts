import { addCrowdBranch, checkInAll, crowdMeeting } from '../../scripts/lib/checkin-crowd'
import { startDemoEmulator } from '../support/demo'
import { setClock } from '../support/meetings'
import { people } from '../support/people'

/** 300 members scanning the same code at once, through the function host: one record each, counters exact; tapping again changes nothing. */
describe('meetings check-in under load', () => {
  jest.setTimeout(180_000)
  let demo: Awaited<ReturnType<typeof startDemoEmulator>>
  const orgDepartment = people.orgDepartment.openId

  beforeAll(async () => {
    demo = await startDemoEmulator()
  })
  afterAll(async () => {
    await setClock(demo.emulator.url, null)
    await demo.close()
  })

  it('300 at once → 300 records, 0 doubled, counter 300; the same 300 again → still 300', async () => {
    const openIds = await addCrowdBranch(demo.db, 300)
    const meeting = await crowdMeeting(demo.emulator.url, orgDepartment)
    const first = await checkInAll(demo.emulator.url, demo.db, { id: meeting.id, token: await meeting.token() }, openIds, orgDepartment)
    expect(first).toMatchObject({ concurrent: 300, ok: 300, already: 0, recorded: 300, doubled: 0, counter: 300 })
    const second = await checkInAll(demo.emulator.url, demo.db, { id: meeting.id, token: await meeting.token() }, openIds, orgDepartment)
    expect(second).toMatchObject({ concurrent: 300, ok: 300, already: 300, recorded: 300, doubled: 0, counter: 300 })
  })
})
