import { generateKeyPairSync } from 'node:crypto'
import tcb from '@cloudbase/node-sdk'
import { startDemoEmulator } from '../support/demo'
import { gateway, type Gateway } from '../support/gateway'
import { people, type Person } from '../support/people'
import { webBrowser, type WebBrowser } from '../support/web-sdk'

/**
 * The emulator speaks CloudBase's web-client protocol (issue 15 items 2 and 4):
 * the unmodified @cloudbase/js-sdk signs in (anonymous, custom ticket) and
 * calls functions with its bearer token; the functions see a web caller
 * (uid, custom user id, anonymous flag, no OPENID); everything else is
 * refused as CloudBase refuses it.
 */
describe('@cloudbase/js-sdk against the emulator', () => {
  jest.setTimeout(120_000)
  let demo: Awaited<ReturnType<typeof startDemoEmulator>>
  let gw: Gateway
  let port = 0
  let key: { private_key_id: string; private_key: string; env_id: string }

  const ticketWith = (credentials: typeof key, uid: string) => tcb.init({ env: 'local', credentials }).auth().createTicket(uid)

  /**
   * Without a login the Node build sends the call without Authorization (the
   * browser build stops before sending) and hands back the gateway's refusal
   * in place of a result: either way, no function ran.
   */
  async function expectNoLogin(call: Promise<unknown>): Promise<void> {
    const reply = await call.catch((error: unknown) => ({ thrown: error }))
    if ('thrown' in (reply as object)) return
    expect(reply).toMatchObject({ code: 'INVALID_ACCESS_TOKEN' })
    expect((reply as { result?: unknown }).result).toBeUndefined()
  }

  /** The scan sign-in, the phone played through the mini-program gateway. */
  async function scanSignIn(browser: WebBrowser, person: Person): Promise<void> {
    expect((await browser.auth.signInAnonymously({})).error).toBeNull()
    const started = await browser.ok('signin', 'signin.start', { browser: 'Mozilla/5.0 (Windows NT 10.0) Chrome/120.0' })
    await gw.ok('signin', 'signin.confirm', { scene: started.scene }, person)
    const polled = await browser.ok('signin', 'signin.poll', { code: started.code })
    expect(polled.ticket).toEqual(expect.any(String))
    expect((await browser.auth.signInWithCustomTicket(async () => polled.ticket as string)).error).toBeNull()
  }

  beforeAll(async () => {
    demo = await startDemoEmulator()
    gw = gateway(demo.emulator.url)
    port = demo.emulator.port
    key = (await (await fetch(`${demo.emulator.url}/_emulator/custom-login-key`)).json()) as typeof key
  })

  afterAll(async () => {
    await demo?.close()
  })

  it('serves the data folder’s custom-login key in the key file’s shape', () => {
    expect(Object.keys(key).sort()).toEqual(['env_id', 'private_key', 'private_key_id'])
    expect(key.env_id).toBe('local')
    expect(key.private_key).toContain('PRIVATE KEY')
  })

  it('signs in anonymously; the bearer token reaches the function as an anonymous web caller', async () => {
    const browser = webBrowser(port)
    const signedIn = await browser.auth.signInAnonymously({})
    expect(signedIn.error).toBeNull()
    const uid = signedIn.data?.user?.id
    expect(uid).toMatch(/^[a-f0-9]{32}$/)
    const started = await browser.ok('signin', 'signin.start', { browser: 'Mozilla/5.0 (Macintosh; Mac OS X 14) Safari/605.1' })
    expect(started.code).toMatch(/^[A-Z2-9]{6}$/)
    expect(started.scene).toMatch(/^l[A-Za-z0-9_-]{24}$/)
    expect(started.wxaCode?.png).toEqual(expect.any(String))
    // What the function recorded of its caller: the platform's uid and address, nothing from the payload.
    const { data } = await demo.db.collection('signinRequests').doc(started.code).get()
    expect(data[0]).toMatchObject({ startedBy: uid, ip: '127.0.0.1', browser: 'Safari · macOS' })
    // An anonymous login is nobody to the other functions.
    expect(await browser.call('org', 'units.tree', {})).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } })
    expect(await browser.call('signin', 'signin.session', {})).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } })
  })

  it('refuses a call without a valid login as CloudBase does', async () => {
    const browser = webBrowser(port)
    await expectNoLogin(browser.app.callFunction({ name: 'signin', data: { action: 'signin.start', payload: {} } }))
    const bare = await fetch(`${demo.emulator.url}/functions/signin`, { method: 'POST', body: '{"action":"signin.start","payload":{}}' })
    expect(bare.status).toBe(401)
    expect(await bare.json()).toMatchObject({ code: 'INVALID_ACCESS_TOKEN' })
    const forged = await fetch(`${demo.emulator.url}/functions/signin`, {
      method: 'POST',
      headers: { authorization: 'Bearer eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ4In0.c2lnbmF0dXJl' },
      body: '{"action":"signin.start","payload":{}}'
    })
    expect(forged.status).toBe(401)
    expect(await forged.json()).toMatchObject({ code: 'INVALID_ACCESS_TOKEN' })
  })

  it('refuses a forged ticket, a ticket of another key and one signed with another key under this key’s id', async () => {
    const other = generateKeyPairSync('rsa', {
      modulusLength: 2048,
      privateKeyEncoding: { type: 'pkcs8', format: 'pem' },
      publicKeyEncoding: { type: 'spki', format: 'pem' }
    })
    const memberId = people.orgDepartment.memberId
    const tickets = [
      'forged-ticket',
      `${key.private_key_id}/@@/eyJhbGciOiJSUzI1NiJ9.eyJ1aWQiOiJ4In0.c2ln`,
      ticketWith({ private_key_id: 'another-key-id', private_key: other.privateKey, env_id: 'local' }, memberId),
      ticketWith({ private_key_id: key.private_key_id, private_key: other.privateKey, env_id: 'local' }, memberId)
    ]
    for (const ticket of tickets) {
      const browser = webBrowser(port)
      const result = await browser.auth.signInWithCustomTicket(async () => ticket)
      expect(result.error).toBeTruthy()
      await expectNoLogin(browser.app.callFunction({ name: 'signin', data: { action: 'signin.session', payload: {} } }))
    }
  })

  it('accepts a ticket the node SDK made with the emulator’s key; the caller is the member, refused until a scan opens the session', async () => {
    const browser = webBrowser(port)
    const result = await browser.auth.signInWithCustomTicket(async () => ticketWith(key, people.orgDepartment.memberId))
    expect(result.error).toBeNull()
    // Resolved to the 组织部 member, whose console session no scan has opened.
    expect(await browser.call('signin', 'signin.session', {})).toMatchObject({ ok: false, error: { code: 'SESSION_ENDED' } })
  })

  it('resolves a scanned-in console caller to the member and their roles', async () => {
    const browser = webBrowser(port)
    await scanSignIn(browser, people.staff1Secretary)
    const session = await browser.ok('signin', 'signin.session', {})
    expect(session.member).toMatchObject({ id: people.staff1Secretary.memberId, name: people.staff1Secretary.name, unitName: '教工第一党支部' })
    expect(session.member.workbench.map((scope) => scope.unitName)).toContain('教工第一党支部')
    // Any function: the same member as in the mini-program.
    const tree = await browser.ok('org', 'units.tree', {})
    expect(JSON.stringify(tree)).toContain('教工第一党支部')
  })

  it('reaches the 投诉建议 inbox from the console as the same member, keeping the recipient rule', async () => {
    const sent = await gw.ok(
      'feedback',
      'feedback.send',
      { requestId: 'req-console-inbox', kind: 'suggestion', to: 'org_department', content: '建议管理端可以导出', anonymous: true },
      people.staff1Member
    )
    const org = webBrowser(port)
    await scanSignIn(org, people.orgDepartment)
    const inbox = await org.ok('feedback', 'feedback.inbox', {})
    expect(inbox.isRecipient).toBe(true)
    expect(inbox.items.find((item) => item.id === sent.id)).toMatchObject({ anonymous: true, sender: null })
    // The sender's own branch secretary, signed in at a PC, still sees nothing of it.
    const own = webBrowser(port)
    await scanSignIn(own, people.staff1Secretary)
    const theirs = await own.ok('feedback', 'feedback.inbox', {})
    expect(theirs.items.map((item) => item.id)).not.toContain(sent.id)
  })

  it('refuses a timer-shaped event from a web caller', async () => {
    const browser = webBrowser(port)
    await scanSignIn(browser, people.orgDepartment)
    const reply = await browser.app.callFunction({ name: 'dashboard', data: { Type: 'Timer', TriggerName: 'sweep', Time: new Date().toISOString() } })
    expect(reply.result).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } })
  })

  it('refreshes an expiring access token with the refresh token and calls on', async () => {
    await fetch(`${demo.emulator.url}/_emulator/auth/config`, { method: 'PUT', body: JSON.stringify({ accessTokenSeconds: 31 }) })
    try {
      const browser = webBrowser(port)
      await scanSignIn(browser, people.staffGeneralSecretary)
      const before = await browser.accessToken()
      // The SDK treats a token as expired 30 s early: with 31 s it is stale after one second.
      await new Promise((resolve) => setTimeout(resolve, 1500))
      const session = await browser.ok('signin', 'signin.session', {})
      expect(session.member.id).toBe(people.staffGeneralSecretary.memberId)
      const after = await browser.accessToken()
      expect(after).toEqual(expect.any(String))
      expect(after).not.toBe(before)
    } finally {
      await fetch(`${demo.emulator.url}/_emulator/auth/config`, { method: 'PUT', body: JSON.stringify({ accessTokenSeconds: 7200 }) })
    }
  })
  it('refuses a foreign page’s requests to the sign-in and function endpoints, and the control routes to any other origin', async () => {
    for (const path of ['/auth/v1/signin/anonymously', '/functions/signin', '/v1/functions/signin']) {
      const foreign = await fetch(`${demo.emulator.url}${path}`, { method: 'POST', headers: { origin: 'https://evil.example' }, body: '{}' })
      expect(foreign.status).toBe(403)
    }
    const keyFromPage = await fetch(`${demo.emulator.url}/_emulator/custom-login-key`, { headers: { origin: 'http://localhost:5173' } })
    expect(keyFromPage.status).toBe(403)
  })

  it('signs a demo member in through the real scan sign-in (dev only), refusing members without a console role', async () => {
    const post = (openId: string) =>
      fetch(`${demo.emulator.url}/_emulator/demo-ticket`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ openId }) })
    const granted = await post(people.orgDepartment.openId)
    expect(granted.status).toBe(200)
    const { ticket, uid } = (await granted.json()) as { ticket: string; uid: string }
    expect(uid).toBe(people.orgDepartment.memberId)
    const browser = webBrowser(port)
    expect((await browser.auth.signInWithCustomTicket(async () => ticket)).error).toBeNull()
    expect((await browser.ok('signin', 'signin.session', {})).member.id).toBe(uid)
    expect((await post(people.staff1Member.openId)).status).toBe(403)
    expect((await post('nobody-here')).status).toBe(404)
  })
})
