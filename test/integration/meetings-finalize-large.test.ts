import type { MeetingDoc, MeetingMemberDoc } from '../../cloudfunctions/_shared/data/meeting-docs'
import type { MemberDoc } from '../../cloudfunctions/_shared/data/org-docs'
import { addLargeBranch, finalizeLargeMeeting, LARGE_BRANCH, LARGE_BRANCH_PATH, plannedLargeMeeting } from '../../scripts/lib/finalize-large'
import { startDemoEmulator } from '../support/demo'
import { setClock } from '../support/meetings'
import { allDocs, recountMismatches, settleCounts } from '../support/recount'

/**
 * A meeting of 5,000 invitees is made final through the function, with its
 * configured timeout unchanged: every invitee ends present, late, leave or
 * absent (absent with a 补学 task), and the counters equal a recount. What one
 * call cannot finish, a retry or the sweep does.
 */
const EXTRA = 5_000

describe('finalising a meeting of 5,000 invitees', () => {
  jest.setTimeout(300_000)
  let demo: Awaited<ReturnType<typeof startDemoEmulator>>

  beforeAll(async () => {
    demo = await startDemoEmulator()
    await addLargeBranch(demo.db, EXTRA)
  })
  afterAll(async () => {
    await setClock(demo.emulator.url, null)
    await demo.close()
  })

  it('ends with every invitee in a final state, 补学 where due, and counters equal to a recount', async () => {
    const id = await plannedLargeMeeting(demo.emulator.url)
    const run = await finalizeLargeMeeting(demo.emulator.url, id, () => settleCounts(demo.emulator.url, demo.db, 120_000))
    console.log(`finalised ${EXTRA + 6} invitees in ${run.ms} ms (${run.calls} call(s) of minutes.save + ${run.sweeps} sweep(s))`)

    const meeting = (await demo.db.collection('meetings').doc(id).get()).data[0] as MeetingDoc
    expect(meeting.finalizedAt).toBeTruthy()
    const invitees = (await allDocs<MemberDoc>(demo.db, 'members')).filter((m) => m.unitPath === LARGE_BRANCH_PATH && m.status === 'active')
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
    const counters = (await demo.db.collection('meetingUnits').doc(`${id}:${LARGE_BRANCH}`).get()).data[0] as {
      invited: number
      present: number
      absent: number
    }
    expect(counters).toMatchObject({ invited: EXTRA + 6, present: 3, absent: EXTRA + 3 })
    expect(await recountMismatches(demo.db)).toEqual([])
  })
})
