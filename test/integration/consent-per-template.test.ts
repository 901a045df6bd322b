import { startDemoEmulator } from '../support/demo'
import { gateway, type Gateway } from '../support/gateway'
import { sampleMeeting, setClock } from '../support/meetings'
import { sampleDraft } from '../support/notices'
import { people } from '../support/people'
import { movePooledConsents } from '../../migrations/002-consent-per-template'
import { SUBSCRIBE_TEMPLATES } from '../../cloudfunctions/_shared/domain/messaging/templates'

/**
 * WeChat counts subscribe-message consent per template: a consent to the study
 * template pays for one study message and never for a meeting message. The
 * functions keep consents per (member, template) and spend only the message's
 * template; migration 002 moves the old pooled count to the study template.
 */
const STUDY = SUBSCRIBE_TEMPLATES.studyNotice.id
const MEETING = SUBSCRIBE_TEMPLATES.meeting.id

describe('subscribe consent per template', () => {
  jest.setTimeout(180_000)
  let demo: Awaited<ReturnType<typeof startDemoEmulator>>
  let gw: Gateway
  const orgDept = people.orgDepartment.openId
  const secretary = people.staff1Secretary.openId
  const member = people.staff1Member
  type Sent = { data: { touser: string; template_id: string }; result: { errcode: number } }
  const outbox = async (): Promise<Sent[]> =>
    ((await (await fetch(`${demo.emulator.url}/_emulator/outbox?apiName=%2Fcgi-bin%2Fmessage%2Fsubscribe%2Fsend`)).json()) as { messages: Sent[] }).messages
  const sentTo = async (openId: string, templateId: string) => (await outbox()).filter((m) => m.data.touser === openId && m.data.template_id === templateId)
  const credits = async (memberId: string): Promise<Record<string, number>> => {
    const doc = (await demo.db.collection('subscriptions').doc(memberId).get()).data[0] as { templates?: Record<string, number> } | undefined
    return doc?.templates ?? {}
  }
  const grant = (openId: string, results: Record<string, string>) => gw.call('notices', 'subscriptions.grant', { results } as never, openId)

  beforeAll(async () => {
    demo = await startDemoEmulator()
    gw = gateway(demo.emulator.url)
    await setClock(demo.emulator.url, '2026-05-01T02:00:00Z')
  })
  afterAll(async () => {
    await setClock(demo.emulator.url, null)
    await demo.close()
  })

  it('a study consent pays for the notice push but not for a meeting message, which keeps the credit', async () => {
    expect(await grant(member.openId, { [STUDY]: 'accept', errMsg: 'requestSubscribeMessage:ok' })).toMatchObject({ ok: false })
    expect(await grant(member.openId, { [STUDY]: 'accept' })).toEqual({ ok: true, data: { credits: { [STUDY]: 1 } } })

    // A meeting message (the leave decision) finds no meeting consent: nothing sent, the study credit untouched.
    const { id } = await gw.ok('meetings', 'meetings.create', { unitId: 'u-b-staff-1', meeting: sampleMeeting('2026-05-20T07:00:00.000Z') }, secretary)
    await gw.ok('meetings', 'leave.request', { id, reason: '外出学习培训' }, member.openId)
    await gw.ok('meetings', 'leave.decide', { id, memberId: member.memberId, decision: 'approved', comment: '请按时补学' }, secretary)
    expect(await sentTo(member.openId, MEETING)).toHaveLength(0)
    expect(await credits(member.memberId)).toEqual({ [STUDY]: 1 })

    // The study push reaches them and spends the study credit.
    const { id: noticeId } = await gw.ok('notices', 'notices.saveDraft', { draft: sampleDraft(11) }, orgDept)
    await gw.ok('notices', 'notices.publish', { id: noticeId }, orgDept)
    const pushed = await gw.ok('notices', 'notices.push', { id: noticeId, unitId: 'u-b-staff-1' }, secretary)
    expect(pushed.sent).toBeGreaterThanOrEqual(1)
    expect(await sentTo(member.openId, STUDY)).toHaveLength(1)
    expect((await credits(member.memberId))[STUDY]).toBe(0)
  })

  it('after accepting the meeting template the meeting message arrives, paid by that template only', async () => {
    expect(await grant(member.openId, { [MEETING]: 'accept', [STUDY]: 'reject' })).toEqual({ ok: true, data: { credits: { [STUDY]: 0, [MEETING]: 1 } } })
    const { id } = await gw.ok(
      'meetings',
      'meetings.create',
      { unitId: 'u-b-staff-1', meeting: sampleMeeting('2026-05-22T07:00:00.000Z', { title: '支部党员大会' }) },
      secretary
    )
    await gw.ok('meetings', 'leave.request', { id, reason: '出差' }, member.openId)
    await gw.ok('meetings', 'leave.decide', { id, memberId: member.memberId, decision: 'approved', comment: '' }, secretary)
    expect(await sentTo(member.openId, MEETING)).toHaveLength(1)
    expect(await credits(member.memberId)).toEqual({ [STUDY]: 0, [MEETING]: 0 })
  })

  it('refuses unknown templates, more than 3 at once, and counts one consent per accepted template per request', async () => {
    const other = people.staff1GroupMember
    expect(await grant(other.openId, { TEMPLATE_MADE_UP: 'accept' })).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } })
    expect(await grant(other.openId, { [STUDY]: 'accept', a: 'accept', b: 'accept', c: 'accept' })).toMatchObject({ ok: false })
    expect(await grant(other.openId, { [STUDY]: 'yes please' })).toMatchObject({ ok: false })
    expect(await gw.call('notices', 'subscriptions.grant', { accepted: 1000 } as never, other.openId)).toMatchObject({ ok: false })
    expect(await gw.call('notices', 'subscriptions.grant', { results: { [STUDY]: 'accept' }, credits: 99 } as never, other.openId)).toMatchObject({ ok: false })
    expect(await credits(other.memberId)).toEqual({})
    expect(await grant(other.openId, { [STUDY]: 'ban', [MEETING]: 'filter' })).toEqual({ ok: true, data: { credits: {} } })
    expect(await grant(other.openId, { [STUDY]: 'accept' })).toEqual({ ok: true, data: { credits: { [STUDY]: 1 } } })
  })

  it('migration 002 moves pooled credits to the study template once (a second run changes nothing)', async () => {
    const at = new Date('2026-01-01T00:00:00Z')
    await demo.db.collection('subscriptions').doc('legacy-a').set({ credits: 3, updatedAt: at })
    await demo.db
      .collection('subscriptions')
      .doc('legacy-b')
      .set({ credits: 2, templates: { [STUDY]: 1, [MEETING]: 4 }, updatedAt: at })
    await demo.db.collection('subscriptions').doc('legacy-c').set({ credits: 0, updatedAt: at })
    expect(await movePooledConsents(demo.db)).toBe(3)
    const after = async () => ({
      a: ((await demo.db.collection('subscriptions').doc('legacy-a').get()).data as unknown[])[0],
      b: ((await demo.db.collection('subscriptions').doc('legacy-b').get()).data as unknown[])[0]
    })
    const first = await after()
    expect(first.a).toEqual({ _id: 'legacy-a', templates: { [STUDY]: 3 }, updatedAt: at })
    expect(first.b).toEqual({ _id: 'legacy-b', templates: { [STUDY]: 3, [MEETING]: 4 }, updatedAt: at })
    expect(await credits('legacy-c')).toEqual({ [STUDY]: 0 })
    expect(await movePooledConsents(demo.db)).toBe(0)
    expect(await after()).toEqual(first)
  })
})
