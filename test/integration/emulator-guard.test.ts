import http from 'node:http'
import net from 'node:net'
import { startTestEmulator, type TestEmulator } from '../support/emulator'

interface Reply {
  status: number
  headers: http.IncomingHttpHeaders
  json: Record<string, unknown>
}

/** A typed refusal: `{ code }` in the SDK's envelope on /admin, `{ error: { code } }` elsewhere. */
const codeOf = (reply: Reply): unknown => (reply.json.error as { code?: unknown } | undefined)?.code ?? reply.json.code

/**
 * DNS-rebinding and cross-site pages, seen from the emulator: node's http.request,
 * since fetch may not set Host (nor, in a browser, Origin).
 */
describe('emulator guard: foreign Host/Origin and pathological bodies', () => {
  let t: TestEmulator
  let port: number

  beforeAll(async () => {
    t = await startTestEmulator()
    port = t.emulator.port
    await t.db.createCollection('docs')
    await t.db.collection('docs').add({ _id: 'd1', phone: '13800000000' })
  })
  afterAll(() => t.close())

  function send(method: string, path: string, headers: Record<string, string> = {}, body?: string): Promise<Reply> {
    return new Promise((resolve, reject) => {
      const req = http.request({ host: '127.0.0.1', port, method, path, headers, agent: false }, (res) => {
        const chunks: Buffer[] = []
        res.on('data', (chunk: Buffer) => chunks.push(chunk))
        res.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8')
          const isJson = String(res.headers['content-type']).startsWith('application/json')
          const json = isJson ? (JSON.parse(text) as Record<string, unknown>) : { text }
          resolve({ status: res.statusCode ?? 0, headers: res.headers, json })
        })
      })
      req.on('error', reject)
      req.end(body)
    })
  }

  const demoUser = { 'x-demo-openid': 'oMember', 'content-type': 'application/json' }
  // The three ways in: the SDK endpoint, the control routes, the gateway.
  const targets: Array<[string, string, Record<string, string>, string | undefined]> = [
    [
      'POST',
      '/admin?env=local',
      { 'content-type': 'application/json' },
      JSON.stringify({ action: 'database.getDocument', collectionName: 'docs', query: '{}' })
    ],
    ['GET', '/_emulator/export', {}, undefined],
    ['POST', '/gateway/functions/org', demoUser, JSON.stringify({ action: 'tree' })]
  ]

  test.each(targets)('a foreign Host (DNS rebinding) gets 403 FORBIDDEN_HOST: %s %s', async (method, path, headers, body) => {
    const reply = await send(method, path, { ...headers, host: `evil.example:${port}` }, body)
    expect(reply.status).toBe(403)
    expect(codeOf(reply)).toBe('FORBIDDEN_HOST')
    expect(JSON.stringify(reply.json)).not.toContain('13800000000')
  })

  test('every control route is guarded before routing, the secrets and the clock too', async () => {
    for (const [method, path] of [
      ['GET', '/_emulator/secrets'],
      ['GET', '/_emulator/demo-users'],
      ['POST', '/_emulator/reset'],
      ['PUT', '/_emulator/clock']
    ]) {
      expect(codeOf(await send(method, path, { host: `evil.example:${port}` }))).toBe('FORBIDDEN_HOST')
      expect(codeOf(await send(method, path, { origin: 'http://evil.example' }))).toBe('FORBIDDEN_ORIGIN')
    }
    expect((await send('GET', '/_emulator/health')).status).toBe(200)
    expect((await t.db.collection('docs').doc('d1').get()).data).toHaveLength(1) // the refused reset did not run
  })

  test('the H5 pages are guarded by Host as well', async () => {
    expect((await send('GET', '/', { host: `evil.example:${port}` })).status).toBe(403)
  })

  test('a request without Host (HTTP/1.0) is refused', async () => {
    const raw = await new Promise<string>((resolve, reject) => {
      let text = ''
      const socket = net.connect(port, '127.0.0.1', () => socket.write('GET /_emulator/export HTTP/1.0\r\n\r\n'))
      socket.on('data', (chunk: Buffer) => (text += chunk.toString('utf8')))
      socket.on('end', () => resolve(text))
      socket.on('error', reject)
    })
    expect(raw).toMatch(/^HTTP\/1\.[01] 403/)
    expect(raw).toContain('FORBIDDEN_HOST')
    expect(raw).not.toContain('13800000000')
  })

  test.each(targets)('a foreign Origin gets 403 FORBIDDEN_ORIGIN: %s %s', async (method, path, headers, body) => {
    for (const origin of ['http://evil.example', 'null']) {
      const reply = await send(method, path, { ...headers, origin }, body)
      expect(reply.status).toBe(403)
      expect(codeOf(reply)).toBe('FORBIDDEN_ORIGIN')
    }
  })

  test('the admin and control routes refuse other local ports; the gateway serves local dev servers', async () => {
    const other = 'http://127.0.0.1:10086'
    expect(codeOf(await send('GET', '/_emulator/export', { origin: other }))).toBe('FORBIDDEN_ORIGIN')
    const [method, path, headers, body] = targets[0]
    expect(codeOf(await send(method, path, { ...headers, origin: other }, body))).toBe('FORBIDDEN_ORIGIN')
    const gateway = await send('GET', '/gateway/demo-users', { origin: other })
    expect(gateway.status).toBe(200)
    expect(gateway.headers['access-control-allow-origin']).toBe(other)
  })

  test('a cross-site GET without Origin (<img>, <script>) cannot fetch the export', async () => {
    const reply = await send('GET', '/_emulator/export', { 'sec-fetch-site': 'cross-site' })
    expect(reply.status).toBe(403)
    expect(codeOf(reply)).toBe('FORBIDDEN_ORIGIN')
  })

  test('the emulator’s own origin is allowed', async () => {
    const own = { origin: `http://127.0.0.1:${port}`, 'sec-fetch-site': 'same-origin' }
    const [method, path, headers, body] = targets[0]
    const admin = await send(method, path, { ...headers, ...own }, body)
    expect(admin.status).toBe(200)
    expect(admin.json.code).toBeUndefined()
    expect(JSON.stringify(admin.json.data)).toContain('13800000000')
    const exported = await send('GET', '/_emulator/export', own)
    expect(exported.status).toBe(200)
    expect(String(exported.json.text)).toContain('13800000000')
    expect((await send('GET', '/gateway/demo-users', own)).status).toBe(200)
    expect((await send('GET', '/_emulator/health', { host: `localhost:${port}`, origin: `http://localhost:${port}` })).status).toBe(200)
  })

  test('the SDK (no Origin, secretId local) keeps working', async () => {
    const { data } = await t.db.collection('docs').doc('d1').get()
    expect(data[0]).toMatchObject({ _id: 'd1', phone: '13800000000' })
  })

  describe('body limits', () => {
    // Built as text: JSON.stringify itself recurses and could overflow on such a value.
    const nested = (depth: number): string => '['.repeat(depth) + ']'.repeat(depth)
    const deep = nested(20000)
    const deepTargets: Array<[string, string, string, Record<string, string>, string]> = [
      ['the SDK endpoint', 'POST', '/admin?env=local', {}, deep],
      [
        'an EJSON query inside an SDK body',
        'POST',
        '/admin?env=local',
        {},
        JSON.stringify({ action: 'database.getDocument', collectionName: 'docs', query: deep })
      ],
      ['a function event', 'POST', '/gateway/functions/org', demoUser, `{"action":"tree","payload":${deep}}`],
      ['an NDJSON import (a 500 before)', 'POST', '/_emulator/import', {}, `{"collection":"docs"}\n{"c":"docs","d":{"_id":"x","v":${deep}}}`],
      ['the demo users', 'PUT', '/_emulator/demo-users', {}, deep],
      ['the clock', 'PUT', '/_emulator/clock', {}, deep]
    ]

    test.each(deepTargets)('JSON nested 20,000 deep gets a typed 400: %s', async (_label, method, path, headers, body) => {
      const reply = await send(method, path, headers, body)
      expect(reply.status).toBe(400)
      expect(codeOf(reply)).toBe('BODY_TOO_DEEP')
      expect(JSON.stringify(reply.json)).toMatch(/嵌套层数过多（最多 64 层）/)
    })

    test('64 levels are still fine', async () => {
      const body = `{"action":"database.getDocument","collectionName":"docs","query":"{}","extra":${nested(63)}}`
      const reply = await send('POST', '/admin?env=local', {}, body)
      expect(reply.status).toBe(200)
      expect(reply.json.code).toBeUndefined()
    })

    test.each([
      ['POST', '/admin?env=local', {}],
      ['POST', '/gateway/functions/org', demoUser],
      ['POST', '/_emulator/import', {}]
    ])('a body over 16 MB gets 413 BODY_TOO_LARGE: %s %s', async (method, path, headers) => {
      const reply = await send(method, path, headers, JSON.stringify({ action: 'x', blob: 'x'.repeat(17 * 1024 * 1024) }))
      expect(reply.status).toBe(413)
      expect(codeOf(reply)).toBe('BODY_TOO_LARGE')
    })

    test('an import that is not an export gets a typed 400 and replaces nothing', async () => {
      const reply = await send('POST', '/_emulator/import', {}, 'this is not ndjson')
      expect(reply.status).toBe(400)
      expect(codeOf(reply)).toBe('INVALID_PARAM')
    })

    test('the emulator keeps serving, with its data intact', async () => {
      const health = await send('GET', '/_emulator/health')
      expect(health.status).toBe(200)
      expect(health.json.ok).toBe(true)
      const { data } = await t.db.collection('docs').doc('d1').get()
      expect(data).toHaveLength(1)
    })
  })
})
