import type { Result } from '../../cloudfunctions/_shared/contract/envelope'
import type { InviteView } from '../../cloudfunctions/_shared/contract/org'
import { startDemoEmulator } from '../support/demo'
import { gateway, type ActionOf, type Caller, type Gateway, type PayloadOf, type ResultOf } from '../support/gateway'
import { after, sampleMeeting, setClock } from '../support/meetings'
import { people } from '../support/people'

const PNG_SIGNATURE = '89504e470d0a1a0a'
const SCENE_CHARS = /^[0-9A-Za-z!#$&'()*+,/:;=?@\-._~]{1,32}$/

interface OutboxMessage {
  apiName: string
  data: { scene: string; page: string; check_path: boolean; env_version: string }
  result: { errcode: number }
}

/**
 * 小程序码 for invites and check-in (issue 14 item 2): short codes stored by the
 * functions map a ≤ 32-character scene back to the invite code or the window's
 * check-in token; the emulator's wxacode.getUnlimited returns a real PNG.
 */
describe('short codes (小程序码 scenes)', () => {
  jest.setTimeout(120_000)
  let demo: Awaited<ReturnType<typeof startDemoEmulator>>
  let gw: Gateway
  const secretary = people.staff1Secretary.openId // 教工第一党支部
  const member = people.staff1GroupMember.openId
  const outsider = people.staff2Members[0].openId // 教工第二党支部
  const org = <A extends ActionOf<'org'>>(as: Caller, action: A, payload: PayloadOf<'org', A>) => gw.call('org', action, payload, as)
  const meetings = <A extends ActionOf<'meetings'>>(as: Caller, action: A, payload: PayloadOf<'meetings', A>) => gw.call('meetings', action, payload, as)
  const okMeetings = <A extends ActionOf<'meetings'>>(as: Caller, action: A, payload: PayloadOf<'meetings', A>): Promise<ResultOf<'meetings', A>> =>
    gw.ok('meetings', action, payload, as)
  const ok = <T>(result: Result<T>): T => {
    expect(result).toMatchObject({ ok: true })
    if (!result.ok) throw new Error(result.error.code)
    return result.data
  }
  const clock = (iso: string | null) => setClock(demo.emulator.url, iso)
  const outbox = async (): Promise<OutboxMessage[]> =>
    (
      (await (await fetch(`${demo.emulator.url}/_emulator/outbox?apiName=${encodeURIComponent('/wxa/getwxacodeunlimit')}`)).json()) as {
        messages: OutboxMessage[]
      }
    ).messages
  const failNext = (errcode: number) =>
    fetch(`${demo.emulator.url}/_emulator/outbox/fail`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ count: 1, errcode, errmsg: 'reach max api minute-limit' })
    })
  const expectPng = (base64: string) => expect(Buffer.from(base64, 'base64').subarray(0, 8).toString('hex')).toBe(PNG_SIGNATURE)

  beforeAll(async () => {
    demo = await startDemoEmulator()
    gw = gateway(demo.emulator.url)
  })
  afterAll(async () => {
    await clock(null)
    await demo.close()
  })

  describe('invites', () => {
    let phone = 0
    async function invite(name: string): Promise<InviteView> {
      const added = ok(
        await org(secretary, 'members.add', { unitId: 'u-b-staff-1', name, phone: `1370000${String(1000 + (phone += 1))}`, type: '预备党员', category: '在职' })
      )
      return ok(await org(secretary, 'invites.create', { memberId: added.id }))
    }

    it('round-trips: the invite carries a 小程序码 whose scene resolves to its code, which then joins', async () => {
      const made = await invite('扫码同志')
      expect(made.wxaCode).not.toBeNull()
      const { scene, png } = made.wxaCode!
      expect(scene).toMatch(SCENE_CHARS)
      expect(scene.length).toBeLessThanOrEqual(32)
      expect(scene).not.toContain(made.code) // the scene is a short code, not the invite code itself
      expectPng(png)
      const call = (await outbox()).find((m) => m.data.scene === scene)
      expect(call).toMatchObject({ data: { page: 'packages/org/pages/join/index', env_version: 'release', check_path: true }, result: { errcode: 0 } })

      // Anyone opening it (not yet a member) gets the code it carries; redeeming still checks it.
      expect(ok(await org('wx-scene-new', 'invites.resolve', { scene }))).toEqual({ code: made.code })
      expect(ok(await org('wx-scene-new', 'invites.redeem', { code: made.code }))).toMatchObject({ name: '扫码同志', bound: true })
      // Resolving again still gives the code; redeeming it again says it was used.
      expect(ok(await org('wx-scene-other', 'invites.resolve', { scene }))).toEqual({ code: made.code })
      expect(await org('wx-scene-other', 'invites.redeem', { code: made.code })).toMatchObject({ ok: false, error: { code: 'INVITE_USED' } })
    })

    it('refuses unknown, malformed, wrong-kind and expired scenes', async () => {
      const made = await invite('过期同志')
      const scene = made.wxaCode!.scene
      expect(await org('wx-x', 'invites.resolve', { scene: `i${'A'.repeat(24)}` })).toMatchObject({ ok: false, error: { code: 'INVITE_INVALID' } })
      expect(await org('wx-x', 'invites.resolve', { scene: `c${scene.slice(1)}` })).toMatchObject({ ok: false, error: { code: 'INVITE_INVALID' } })
      expect(await org('wx-x', 'invites.resolve', { scene: made.code })).toMatchObject({ ok: false, error: { code: 'INVITE_INVALID' } })
      expect(await org('wx-x', 'invites.resolve', { scene: 'x'.repeat(33) })).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } })
      await clock(after(made.expiresAt, 1))
      expect(await org('wx-x', 'invites.resolve', { scene })).toMatchObject({ ok: false, error: { code: 'INVITE_EXPIRED' } })
      await clock(null)
    })

    it('still makes the invite when the platform refuses the 小程序码', async () => {
      await failNext(45009)
      const made = await invite('限流同志')
      expect(made.wxaCode).toBeNull()
      expect(made.joinPath).toContain(made.code)
    })
  })

  describe('check-in', () => {
    const start = '2026-06-17T07:00:00.000Z'
    let id = ''

    beforeAll(async () => {
      await clock('2026-06-01T02:00:00Z')
      id = (await okMeetings(secretary, 'meetings.create', { unitId: 'u-b-staff-1', meeting: sampleMeeting(start, { title: '小程序码签到会' }) })).id
    })

    it('mints no code before check-in opens', async () => {
      await clock(after(start, -60))
      const code = await okMeetings(secretary, 'checkin.code', { id })
      expect(code).toMatchObject({ phase: 'not_open', wxaCode: null })
    })

    it('mints one scene per (meeting, window), idempotently, resolving to that window’s token for an invitee', async () => {
      const t0 = after(start, -20)
      await clock(t0)
      const first = await okMeetings(secretary, 'checkin.code', { id })
      const again = await okMeetings(secretary, 'checkin.code', { id })
      expect(first.wxaCode).not.toBeNull()
      expect(again.wxaCode!.scene).toBe(first.wxaCode!.scene) // a retry or a second screen: the same scene
      const scene = first.wxaCode!.scene
      expect(scene).toMatch(SCENE_CHARS)
      expect(scene.length).toBeLessThanOrEqual(32)
      expectPng(first.wxaCode!.png)
      expect((await outbox()).filter((m) => m.data.scene === scene)[0]).toMatchObject({
        data: { page: 'packages/meetings/pages/checkin/index', env_version: 'release', check_path: true }
      })
      expect(await demo.db.collection('shortCodes').where({ ref: id }).count()).toMatchObject({ total: 1 })

      // The next window has its own scene.
      await clock(new Date(Date.parse(t0) + 30_000).toISOString())
      const next = await okMeetings(secretary, 'checkin.code', { id })
      expect(next.wxaCode!.scene).not.toBe(scene)

      // Round trip: the scene resolves to what the QR's path carried, and that token checks in.
      const resolved = await okMeetings(member, 'checkin.resolve', { scene })
      expect(resolved).toEqual({ token: first.token })
      expect(await okMeetings(member, 'checkin.scan', resolved)).toMatchObject({ meetingId: id, status: 'present', already: false })

      // Another branch's member learns nothing from the scene.
      expect(await meetings(outsider, 'checkin.resolve', { scene })).toMatchObject({ ok: false, error: { code: 'NOT_INVITED' } })
      expect(JSON.stringify(await meetings(outsider, 'checkin.resolve', { scene }))).not.toContain(first.token)

      // Like the token: good for its window and the next, then dead (a photo stops working within a minute).
      await clock(new Date(Date.parse(t0) + 60_000).toISOString())
      expect(await meetings(member, 'checkin.resolve', { scene })).toMatchObject({ ok: false, error: { code: 'CHECKIN_INVALID_CODE' } })
      expect(await okMeetings(member, 'checkin.resolve', { scene: next.wxaCode!.scene })).toEqual({ token: next.token })
    })

    it('refuses guessed, malformed and invite scenes', async () => {
      await clock(after(start, -10))
      for (const scene of [`c${'A'.repeat(24)}`, `c${'z'.repeat(24)}`, 'abc', `i${'A'.repeat(24)}`]) {
        expect(await meetings(member, 'checkin.resolve', { scene })).toMatchObject({ ok: false, error: { code: 'CHECKIN_INVALID_CODE' } })
      }
      expect(await meetings(member, 'checkin.resolve', { scene: 'c'.repeat(40) })).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } })
      // Only a member may resolve a check-in scene (as only a member may scan).
      expect(await meetings('wx-stranger', 'checkin.resolve', { scene: `c${'A'.repeat(24)}` })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
    })

    it('keeps the plain code when the platform refuses the 小程序码', async () => {
      await clock(after(start, -5))
      await failNext(45009)
      const code = await okMeetings(secretary, 'checkin.code', { id })
      expect(code.wxaCode).toBeNull()
      expect(code.path).toContain(code.token)
    })
  })
})
