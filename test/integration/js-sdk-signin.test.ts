import { startDemoEmulator } from '../support/demo'
import { gateway, type Gateway } from '../support/gateway'
import { setClock } from '../support/meetings'
import { people, type Person } from '../support/people'
import { webBrowser, type WebBrowser } from '../support/web-sdk'

/**
 * Scan sign-in to the PC console and its session (issue 15 item 3), driven
 * through the unmodified @cloudbase/js-sdk (the console's side) and the
 * mini-program gateway (the phone's side): codes live 2 minutes and work once,
 * only the login that asked may collect the ticket, only console roles may
 * confirm, a revoked role is refused on the next call, 退出登录 ends every
 * browser's session, and so do 8 idle hours.
 */
describe('console scan sign-in', () => {
  jest.setTimeout(180_000)
  let demo: Awaited<ReturnType<typeof startDemoEmulator>>
  let gw: Gateway
  let port = 0
  const T0 = '2026-06-01T01:00:00.000Z'
  const at = (minutes: number) => new Date(Date.parse(T0) + minutes * 60_000).toISOString()
  const clock = (iso: string | null) => setClock(demo.emulator.url, iso)

  async function start(browser: WebBrowser) {
    expect((await browser.auth.signInAnonymously({})).error).toBeNull()
    return browser.ok('signin', 'signin.start', { browser: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) Chrome/120.0' })
  }

  async function scanSignIn(person: Person): Promise<WebBrowser> {
    const browser = webBrowser(port)
    const started = await start(browser)
    await gw.ok('signin', 'signin.confirm', { scene: started.scene }, person)
    const { ticket } = await browser.ok('signin', 'signin.poll', { code: started.code })
    expect((await browser.auth.signInWithCustomTicket(async () => ticket as string)).error).toBeNull()
    return browser
  }

  beforeAll(async () => {
    demo = await startDemoEmulator()
    gw = gateway(demo.emulator.url)
    port = demo.emulator.port
  })

  beforeEach(async () => {
    await clock(T0)
  })

  afterAll(async () => {
    await demo?.close()
  })

  it('shows the phone where the request came from, and the code on the screen', async () => {
    const browser = webBrowser(port)
    const started = await start(browser)
    expect(started.expiresAt).toBe(Date.parse(at(2)))
    expect(await browser.ok('signin', 'signin.poll', { code: started.code })).toEqual({ state: 'waiting' })
    const seen = await gw.ok('signin', 'signin.describe', { scene: started.scene }, people.staff1Secretary)
    expect(seen).toMatchObject({ code: started.code, browser: 'Chrome · Windows', ip: '127.0.0.1', state: 'scanned', allowed: true })
    expect(await browser.ok('signin', 'signin.poll', { code: started.code })).toEqual({ state: 'scanned' })
    // A plain member may look but not confirm; the page explains instead.
    expect(await gw.ok('signin', 'signin.describe', { scene: started.scene }, people.staff1Member)).toMatchObject({ allowed: false })
    expect(await gw.call('signin', 'signin.confirm', { scene: started.scene }, people.staff1Member)).toMatchObject({
      ok: false,
      error: { code: 'SIGNIN_NOT_ALLOWED' }
    })
    expect(await browser.ok('signin', 'signin.poll', { code: started.code })).toEqual({ state: 'scanned' })
  })

  it('expires a code after 2 minutes: no confirmation, no ticket', async () => {
    const browser = webBrowser(port)
    const started = await start(browser)
    await clock(at(2.1))
    expect(await browser.ok('signin', 'signin.poll', { code: started.code })).toEqual({ state: 'expired' })
    expect(await gw.ok('signin', 'signin.describe', { scene: started.scene }, people.staff1Secretary)).toMatchObject({ state: 'expired' })
    expect(await gw.call('signin', 'signin.confirm', { scene: started.scene }, people.staff1Secretary)).toMatchObject({
      ok: false,
      error: { code: 'SIGNIN_EXPIRED' }
    })
  })

  it('works once: one ticket, to the login that asked, even for racing polls; a second confirmation is refused', async () => {
    const browser = webBrowser(port)
    const started = await start(browser)
    const stranger = webBrowser(port)
    await stranger.auth.signInAnonymously({})
    await gw.ok('signin', 'signin.confirm', { scene: started.scene }, people.staff1Secretary)
    // A retried confirmation by the same member (lost reply) is fine; another member's is not.
    await gw.ok('signin', 'signin.confirm', { scene: started.scene }, people.staff1Secretary)
    expect(await stranger.call('signin', 'signin.poll', { code: started.code })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } })
    const polls = await Promise.all([1, 2, 3].map(() => browser.ok('signin', 'signin.poll', { code: started.code })))
    expect(polls.filter((poll) => poll.ticket).length).toBe(1)
    expect(polls.every((poll) => poll.state === 'confirmed')).toBe(true)
    expect(await browser.ok('signin', 'signin.poll', { code: started.code })).toEqual({ state: 'confirmed' })
    expect(await gw.call('signin', 'signin.confirm', { scene: started.scene }, people.orgDepartment)).toMatchObject({
      ok: false,
      error: { code: 'SIGNIN_EXPIRED' }
    })
  })

  it('取消 on the phone ends the request', async () => {
    const browser = webBrowser(port)
    const started = await start(browser)
    await gw.ok('signin', 'signin.cancel', { scene: started.scene }, people.staff1Secretary)
    expect(await browser.ok('signin', 'signin.poll', { code: started.code })).toEqual({ state: 'expired' })
    expect(await gw.call('signin', 'signin.confirm', { scene: started.scene }, people.staff1Secretary)).toMatchObject({
      ok: false,
      error: { code: 'SIGNIN_EXPIRED' }
    })
  })

  it('refuses bad input and the wrong side', async () => {
    const browser = webBrowser(port)
    await start(browser)
    expect(await browser.call('signin', 'signin.poll', { code: 'O0O0O0' })).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } })
    // The phone's actions are not the console's, and the other way round.
    expect(await browser.call('signin', 'signin.describe', { scene: 'l' + 'a'.repeat(24) })).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } })
    expect(await gw.call('signin', 'signin.start', {}, people.staff1Secretary)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
    expect(await gw.call('signin', 'signin.session', {}, people.staff1Secretary)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
    // A scene that is not a live sign-in reveals nothing.
    expect(await gw.call('signin', 'signin.describe', { scene: 'l' + 'b'.repeat(24) }, people.staff1Secretary)).toMatchObject({
      ok: false,
      error: { code: 'SIGNIN_EXPIRED' }
    })
  })

  it('refuses a revoked role on the next console call', async () => {
    const organizer = people.staff1Organizer
    const browser = await scanSignIn(organizer)
    expect((await browser.ok('signin', 'signin.session', {})).member.id).toBe(organizer.memberId)
    await gw.ok('org', 'roles.revoke', { memberId: organizer.memberId, role: 'organizer', unitId: organizer.unitId }, people.staff1Secretary)
    expect(await browser.call('signin', 'signin.session', {})).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
    expect(await browser.call('org', 'units.tree', {})).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
  })

  it('退出登录 ends the session in every browser until the next scan', async () => {
    const secretary = people.staff2Secretary
    const first = await scanSignIn(secretary)
    const second = await scanSignIn(secretary)
    await first.ok('signin', 'signin.session', {})
    await second.ok('signin', 'signin.session', {})
    expect(await first.ok('signin', 'signin.signOut', {})).toEqual({ ok: true })
    for (const browser of [first, second]) {
      expect(await browser.call('signin', 'signin.session', {})).toMatchObject({ ok: false, error: { code: 'SESSION_ENDED' } })
      expect(await browser.call('org', 'units.tree', {})).toMatchObject({ ok: false, error: { code: 'SESSION_ENDED' } })
    }
    // Signing out again is harmless; a new scan lets the member back in.
    expect(await second.ok('signin', 'signin.signOut', {})).toEqual({ ok: true })
    const third = await scanSignIn(secretary)
    expect((await third.ok('signin', 'signin.session', {})).member.id).toBe(secretary.memberId)
  })

  it('ends a session after 8 idle hours, writing lastSeenAt at most every 5 minutes', async () => {
    const general = people.studentGeneralSecretary
    const browser = await scanSignIn(general)
    const lastSeen = async () => ((await demo.db.collection('consoleSessions').doc(general.memberId).get()).data[0] as { lastSeenAt: Date }).lastSeenAt
    await clock(at(3))
    await browser.ok('signin', 'signin.session', {})
    expect(new Date(await lastSeen()).toISOString()).toBe(T0)
    await clock(at(6))
    await browser.ok('signin', 'signin.session', {})
    expect(new Date(await lastSeen()).toISOString()).toBe(at(6))
    // Still in at 7 h 59 min after the last call, out after 8 h.
    await clock(at(6 + 8 * 60 - 1))
    await browser.ok('signin', 'signin.session', {})
    await clock(at(6 + 8 * 60 - 1 + 8 * 60 + 1))
    expect(await browser.call('signin', 'signin.session', {})).toMatchObject({ ok: false, error: { code: 'SESSION_ENDED' } })
    expect(await browser.call('org', 'units.tree', {})).toMatchObject({ ok: false, error: { code: 'SESSION_ENDED' } })
    const { data } = await demo.db.collection('consoleSessions').doc(general.memberId).get()
    expect(data[0]).toMatchObject({ active: false, endedReason: 'idle' })
  })
  it('limits sign-in codes per address, and the daily sweep deletes dead requests and their short codes', async () => {
    await clock(at(24 * 60))
    const browser = webBrowser(port)
    expect((await browser.auth.signInAnonymously({})).error).toBeNull()
    const results = []
    for (let i = 0; i < 31; i++) results.push(await browser.call('signin', 'signin.start', {}))
    expect(results.slice(0, 30).every((result) => result.ok)).toBe(true)
    expect(results[30]).toMatchObject({ ok: false, error: { code: 'SIGNIN_TOO_MANY' } })
    // Ten minutes later the address may ask again.
    await clock(at(24 * 60 + 11))
    expect(await browser.call('signin', 'signin.start', {})).toMatchObject({ ok: true })

    const count = async (collection: string, where: Record<string, unknown>) => (await demo.db.collection(collection).where(where).count()).total
    expect(await count('signinRequests', {})).toBeGreaterThan(30)
    await clock(at(3 * 24 * 60))
    const fired = await fetch(`${demo.emulator.url}/_emulator/timers/signin/sweepExpired`, { method: 'POST' })
    expect(fired.status).toBe(200)
    expect(await count('signinRequests', {})).toBe(0)
    expect(await count('shortCodes', { kind: 'login' })).toBe(0)
  })
})
