import { startDemoEmulator } from '../support/demo'
import { callAs, gateway, type ActionOf, type Caller, type PayloadOf } from '../support/gateway'
import { sampleDraft } from '../support/notices'
import { people } from '../support/people'

/** The daily timer: the day before a notice's scheduled day, remind members who have not read it, within the one-message budget. */
describe('notices timer', () => {
  jest.setTimeout(60_000)
  let demo: Awaited<ReturnType<typeof startDemoEmulator>>
  const orgDept = people.orgDepartment
  const staff1Secretary = people.staff1Secretary
  const [pushedReader, pushed] = [people.staff1GroupMember.openId, people.staff1MobileMember.openId] // 教工第一党支部: their secretary pushes
  const [unread, reader, noConsent] = [people.staff2Members[0].openId, people.staff2Members[1].openId, people.staff2Members[2].openId] // 教工第二党支部: no push
  const call = <A extends ActionOf<'notices'>>(as: Caller, action: A, payload: PayloadOf<'notices', A>) =>
    gateway(demo.emulator.url).call('notices', action, payload, as)
  const fire = async (): Promise<unknown> =>
    ((await (await fetch(`${demo.emulator.url}/_emulator/timers/notices/remindBeforeStudyDay`, { method: 'POST' })).json()) as { result: unknown }).result
  const sentTo = async (): Promise<string[]> =>
    (
      (await (await fetch(`${demo.emulator.url}/_emulator/outbox?apiName=%2Fcgi-bin%2Fmessage%2Fsubscribe%2Fsend`)).json()) as {
        messages: Array<{ data: { touser: string } }>
      }
    ).messages.map((m) => m.data.touser)

  beforeAll(async () => {
    demo = await startDemoEmulator()
    const publish = async (issueNo: number, days: number): Promise<string> => {
      const draft = await gateway(demo.emulator.url).ok('notices', 'notices.saveDraft', { draft: sampleDraft(issueNo, days) }, orgDept)
      expect(await call(orgDept, 'notices.publish', { id: draft.id })).toMatchObject({ ok: true })
      return draft.id
    }
    const tomorrowsNotice = await publish(30, 1)
    await publish(31, 3) // not tomorrow: no reminder for it
    for (let i = 0; i < 2; i++) {
      for (const openId of [pushedReader, pushed, unread, reader])
        expect(await call(openId, 'subscriptions.grant', { results: { TEMPLATE_STUDY_NOTICE: 'accept' } })).toMatchObject({ ok: true })
    }
    expect(await call(staff1Secretary, 'notices.push', { id: tomorrowsNotice, unitId: 'u-b-staff-1' })).toMatchObject({ ok: true })
    expect(await call(pushedReader, 'notices.read', { id: tomorrowsNotice, materialIndex: 0 })).toMatchObject({ ok: true })
    expect(await call(reader, 'notices.read', { id: tomorrowsNotice, materialIndex: 0 })).toMatchObject({ ok: true })
  })
  afterAll(() => demo.close())

  it('reminds only unread members who were not already told, and only once', async () => {
    const pushedMessages = await sentTo()
    expect(pushedMessages.sort()).toEqual([pushedReader, pushed].sort())
    expect(await fire()).toMatchObject({ reminded: 1 })
    expect((await sentTo()).slice(pushedMessages.length)).toEqual([unread])
    expect(await fire()).toMatchObject({ reminded: 0 })
    expect(await sentTo()).toHaveLength(pushedMessages.length + 1)
    expect(await sentTo()).not.toContain(noConsent)
  })

  it('cannot be triggered by a mini-program call posing as the timer', async () => {
    const before = (await sentTo()).length
    expect(await callAs(demo.emulator.url, unread, 'notices', 'whatever', undefined)).toMatchObject({ ok: false }) // no such action: untyped on purpose
    const forged = await fetch(`${demo.emulator.url}/gateway/functions/notices`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-demo-openid': unread },
      body: JSON.stringify({ Type: 'Timer', TriggerName: 'remindBeforeStudyDay' })
    })
    expect(((await forged.json()) as { result: unknown }).result).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } })
    expect(await sentTo()).toHaveLength(before)
  })
})
