import { checkRequest, isLoopbackHost, isLoopbackOrigin, jsonDepthExceeds, MAX_JSON_DEPTH, pathKind, type GuardRequest } from './guard'

const request = (overrides: Partial<GuardRequest>): GuardRequest => ({
  path: '/admin',
  host: '127.0.0.1:9100',
  origin: undefined,
  secFetchSite: undefined,
  ...overrides
})
const codeOf = (overrides: Partial<GuardRequest>): string => {
  const verdict = checkRequest(request(overrides))
  return verdict.ok ? 'ok' : verdict.code
}

describe('Host: only loopback names, which DNS rebinding cannot produce', () => {
  test.each(['127.0.0.1', '127.0.0.1:9100', 'localhost', 'LOCALHOST:9100', '[::1]', '[::1]:9100', '127.1.2.3:80', '127.255.255.255'])('%s passes', (host) => {
    expect(isLoopbackHost(host)).toBe(true)
    expect(codeOf({ host })).toBe('ok')
  })

  test.each([
    'evil.example:9100',
    'evil.example',
    '127.0.0.1.evil.example',
    'localhost.evil.example:9100',
    'localhost.',
    '0.0.0.0:9100',
    '192.168.1.5:9100',
    '128.0.0.1',
    '127.0.0.256',
    '127.1',
    '[::2]:9100',
    '[::ffff:127.0.0.1]',
    '127.0.0.1:9100 evil',
    '127.0.0.1:',
    ''
  ])('%s is refused', (host) => {
    expect(isLoopbackHost(host)).toBe(false)
    expect(codeOf({ host })).toBe('FORBIDDEN_HOST')
  })

  test('a missing Host (HTTP/1.0) is refused too, on every kind of path', () => {
    for (const path of ['/admin', '/_emulator/export', '/gateway/functions/org', '/', '/index.html']) {
      expect(codeOf({ path, host: undefined })).toBe('FORBIDDEN_HOST')
    }
    const verdict = checkRequest(request({ host: 'evil.example:9100' }))
    expect(verdict).toEqual({ ok: false, code: 'FORBIDDEN_HOST', message: expect.stringMatching(/不是本机地址/) })
  })

  test('an over-long foreign Host is cut short in the message', () => {
    const verdict = checkRequest(request({ host: 'a'.repeat(5000) }))
    expect(verdict.ok).toBe(false)
    if (!verdict.ok) expect(verdict.message.length).toBeLessThan(200)
  })
})

describe('Origin', () => {
  test('paths: admin and control routes are the emulator’s own, the gateway local, the rest pages', () => {
    expect(['/admin', '/_emulator', '/_emulator/export', '/admin/x'].map(pathKind)).toEqual(['own', 'own', 'own', 'own'])
    expect(['/gateway', '/gateway/functions/org'].map(pathKind)).toEqual(['local', 'local'])
    expect(['/', '/index.html', '/administrator', '/_emulatorx', '/gatewayx'].map(pathKind)).toEqual(['page', 'page', 'page', 'page', 'page'])
  })

  test('no Origin (the SDK, scripts, curl) passes everywhere', () => {
    for (const path of ['/admin', '/_emulator/export', '/gateway/functions/org', '/']) expect(codeOf({ path })).toBe('ok')
  })

  test('/admin and /_emulator/* take only the emulator’s own origin', () => {
    for (const path of ['/admin', '/_emulator/export', '/_emulator/import']) {
      expect(codeOf({ path, origin: 'http://127.0.0.1:9100' })).toBe('ok')
      expect(codeOf({ path, host: 'localhost:9100', origin: 'http://LOCALHOST:9100' })).toBe('ok')
      expect(codeOf({ path, origin: 'http://127.0.0.1:10086' })).toBe('FORBIDDEN_ORIGIN')
      expect(codeOf({ path, origin: 'http://localhost:9100' })).toBe('FORBIDDEN_ORIGIN')
      expect(codeOf({ path, origin: 'https://127.0.0.1:9100' })).toBe('FORBIDDEN_ORIGIN')
      expect(codeOf({ path, origin: 'http://evil.example' })).toBe('FORBIDDEN_ORIGIN')
      expect(codeOf({ path, origin: 'null' })).toBe('FORBIDDEN_ORIGIN')
      expect(codeOf({ path, origin: '' })).toBe('FORBIDDEN_ORIGIN')
    }
  })

  test('the gateway and pages also serve local dev servers on other ports', () => {
    for (const path of ['/gateway/functions/org', '/gateway/demo-users', '/index.html']) {
      for (const origin of ['http://127.0.0.1:9100', 'http://localhost:10086', 'http://[::1]:10086', 'https://localhost', 'http://127.0.0.2:3000']) {
        expect(codeOf({ path, origin })).toBe('ok')
      }
      for (const origin of [
        'http://evil.example',
        'http://127.0.0.1.evil.example',
        'http://localhost.evil.example:10086',
        'null',
        'file://',
        'http://127.0.0.1:9100/path'
      ]) {
        expect(codeOf({ path, origin })).toBe('FORBIDDEN_ORIGIN')
      }
    }
    expect(isLoopbackOrigin('http://localhost:10086')).toBe(true)
    expect(isLoopbackOrigin('ftp://localhost')).toBe(false)
  })

  test('the Host is checked first: a loopback Origin does not excuse a foreign Host', () => {
    expect(codeOf({ host: 'evil.example:9100', origin: 'http://127.0.0.1:9100' })).toBe('FORBIDDEN_HOST')
  })

  test('cross-site requests without Origin (<img>, <script>, links) are refused on data routes, not on pages', () => {
    for (const path of ['/admin', '/_emulator/export', '/gateway/demo-users']) {
      expect(codeOf({ path, secFetchSite: 'cross-site' })).toBe('FORBIDDEN_ORIGIN')
      expect(codeOf({ path, secFetchSite: 'Cross-Site' })).toBe('FORBIDDEN_ORIGIN')
      for (const secFetchSite of ['same-origin', 'same-site', 'none']) expect(codeOf({ path, secFetchSite })).toBe('ok')
    }
    expect(codeOf({ path: '/', secFetchSite: 'cross-site' })).toBe('ok')
  })
})

describe('jsonDepthExceeds', () => {
  const nested = (depth: number): string => '['.repeat(depth) + ']'.repeat(depth)

  test('counts arrays and objects up to the limit', () => {
    expect(jsonDepthExceeds(nested(MAX_JSON_DEPTH))).toBe(false)
    expect(jsonDepthExceeds(nested(MAX_JSON_DEPTH + 1))).toBe(true)
    expect(jsonDepthExceeds('{"a":{"b":[{"c":1}]}}', 4)).toBe(false)
    expect(jsonDepthExceeds('{"a":{"b":[{"c":1}]}}', 3)).toBe(true)
    expect(jsonDepthExceeds('[[1],[2],[3],[4]]', 2)).toBe(false)
    expect(jsonDepthExceeds('', 0)).toBe(false)
  })

  test('brackets inside strings do not count, escaped quotes do not end the string', () => {
    expect(jsonDepthExceeds(JSON.stringify({ text: '[[[[{{{{' }), 1)).toBe(false)
    expect(jsonDepthExceeds(JSON.stringify({ text: 'say "[[[[" \\ then [[[[' }), 1)).toBe(false)
    expect(jsonDepthExceeds('["\\\\", [[1]]]', 2)).toBe(true) // the string is one backslash; the brackets after it count
    expect(jsonDepthExceeds('{"k\\"[[[": 1}', 1)).toBe(false)
  })

  test('NDJSON is scanned line by line; a raw newline ends an unterminated string', () => {
    const lines = [JSON.stringify({ c: 'a', d: { x: [1] } }), JSON.stringify({ c: 'b', d: { y: [2] } })].join('\n')
    expect(jsonDepthExceeds(lines, 3)).toBe(false)
    expect(jsonDepthExceeds('"unterminated\n[[[[', 3)).toBe(true)
  })

  test('stray closers cannot earn credit for later openers', () => {
    expect(jsonDepthExceeds(']]]]' + nested(3), 2)).toBe(true)
  })

  test('is linear: 20,000 levels and 16 MB of text are decided quickly', () => {
    const started = Date.now()
    expect(jsonDepthExceeds(nested(20000))).toBe(true)
    expect(jsonDepthExceeds(JSON.stringify({ s: 'x"['.repeat(5_000_000) }))).toBe(false)
    expect(Date.now() - started).toBeLessThan(2000)
  })
})
