import { startDemoEmulator } from '../support/demo'
import { gateway } from '../support/gateway'
import { setClock } from '../support/meetings'
import { sampleDraft } from '../support/notices'
import { people } from '../support/people'

/** The weekly digest goes to the 组织部 once a week; the nightly recount finds no drift, and finds it when a counter is off. */
describe('dashboard timers', () => {
  jest.setTimeout(60_000)
  let demo: Awaited<ReturnType<typeof startDemoEmulator>>
  const orgDepartment = people.orgDepartment
  const fire = async <T>(trigger: string): Promise<T> =>
    ((await (await fetch(`${demo.emulator.url}/_emulator/timers/dashboard/${trigger}`, { method: 'POST' })).json()) as { result: T }).result
  const messagesTo = async (openId: string): Promise<Array<Record<string, { value: string }>>> =>
    (
      (await (await fetch(`${demo.emulator.url}/_emulator/outbox?touser=${openId}`)).json()) as {
        messages: Array<{ data: { data: Record<string, { value: string }> } }>
      }
    ).messages.map((m) => m.data.data)

  beforeAll(async () => {
    demo = await startDemoEmulator()
    const gw = gateway(demo.emulator.url)
    const draft = await gw.ok('notices', 'notices.saveDraft', { draft: sampleDraft(9, 0) }, orgDepartment)
    await gw.call('notices', 'notices.publish', { id: draft.id }, orgDepartment)
    for (const reader of [people.staff1GroupMember, people.staff1MobileMember, people.staff2Members[0]])
      await gw.call('notices', 'notices.read', { id: draft.id, materialIndex: 0 }, reader)
    for (let i = 0; i < 3; i++) {
      await gw.call('notices', 'subscriptions.grant', { results: { TEMPLATE_QUOTA: 'accept' } }, orgDepartment)
    }
  })
  afterAll(async () => {
    await setClock(demo.emulator.url, null)
    await demo.close()
  })

  it('sends the 组织部 one digest of last week, however often the timer runs that week', async () => {
    await setClock(demo.emulator.url, new Date(Date.now() + 7 * 86_400_000).toISOString())
    expect(await fire('weeklyDigest')).toEqual({ sent: 1 })
    expect(await fire('weeklyDigest')).toEqual({ sent: 0 })
    const [digest] = await messagesTo(orgDepartment.openId)
    expect(digest.thing1.value).toMatch(/^\d{4}年第\d+周学习教育周报$/)
    expect(digest.thing2.value).toMatch(/^已学习材料\d+(\.\d)?% 出席—$/)
  })

  it('recounts a sample of branches: no drift, then the drift of a counter set wrong', async () => {
    await setClock(demo.emulator.url, null)
    const clean = await fire<{ checked: number; drift: unknown[] }>('nightlyRecount')
    expect(clean.checked).toBeGreaterThan(0)
    expect(clean.drift).toEqual([])
    // Every branch's counter one too high: whichever branches are sampled, the drift shows.
    await demo.db
      .collection('noticeUnits')
      .where({ unitType: 'branch' })
      .update({ read: demo.db.command.inc(1) })
    const drifted = await fire<{ drift: Array<{ id: string; field: string; counter: number; recount: number }>; repaired: number }>('nightlyRecount')
    expect(drifted.drift.length).toBeGreaterThan(0)
    expect(drifted.drift.every((d) => d.field === 'read' && d.counter === d.recount + 1)).toBe(true)
    // …and repairs what it found, with an audit entry: the next run finds those branches clean.
    expect(drifted).toMatchObject({ repaired: drifted.drift.length })
    const { data: audit } = await demo.db.collection('audit').where({ action: 'counters.repair' }).get()
    expect(audit).toHaveLength(drifted.drift.length)
    for (const d of drifted.drift) expect(((await demo.db.collection('noticeUnits').doc(d.id).get()).data[0] as { read: number }).read).toBe(d.recount)
  })
})
