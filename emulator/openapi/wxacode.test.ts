import qrcode from 'qrcode-generator'
import { inflateSync } from 'node:zlib'
import { OpenApiOutbox } from './outbox'
import { PNG_SIGNATURE } from './png'
import { renderQrPng, unlimitedText, validateUnlimited, wxacodeUnlimited } from './wxacode'

const API = '/wxa/getwxacodeunlimit'
const ok = { scene: 'iAbc_-123', page: 'packages/org/pages/join/index', check_path: false, env_version: 'develop' }

/** The greyscale pixels of one of our PNGs (8-bit, filter 0 on every row). */
function pixels(png: Buffer): { size: number; at: (x: number, y: number) => number } {
  expect(png.subarray(0, 8).equals(PNG_SIGNATURE)).toBe(true)
  const size = png.readUInt32BE(16)
  const idat = png.indexOf(Buffer.from('IDAT'))
  const length = png.readUInt32BE(idat - 4)
  const raw = inflateSync(png.subarray(idat + 4, idat + 4 + length))
  return { size, at: (x, y) => raw[y * (size + 1) + 1 + x] }
}

describe('emulator wxacode.getUnlimited', () => {
  it('answers a real PNG of a QR code of page?scene=…', () => {
    const outbox = new OpenApiOutbox()
    const reply = wxacodeUnlimited(outbox, API, ok) as { errcode: number; contentType: string; buffer: string }
    expect(reply).toMatchObject({ errcode: 0, contentType: 'image/png' })
    const png = Buffer.from(reply.buffer, 'base64')
    const { size, at } = pixels(png)
    expect(size).toBeGreaterThanOrEqual(280)
    // The modules are those of the QR of the page with the scene.
    const qr = qrcode(0, 'M')
    qr.addData(unlimitedText(ok))
    qr.make()
    const modules = qr.getModuleCount()
    const scale = Math.floor(430 / (modules + 8))
    for (const [row, col] of [
      [0, 0],
      [3, 3],
      [7, 7],
      [modules - 1, modules - 1]
    ]) {
      expect(at((col + 4) * scale, (row + 4) * scale) === 0).toBe(qr.isDark(row, col))
    }
    expect(unlimitedText(ok)).toBe('packages/org/pages/join/index?scene=iAbc_-123')
    expect(outbox.list()).toEqual([expect.objectContaining({ apiName: API, data: ok, result: { errcode: 0, errmsg: 'ok' } })])
  })

  it('refuses a scene WeChat refuses: empty, longer than 32, % or Chinese', () => {
    for (const scene of ['', 'a'.repeat(33), 'a%20b', '会议', undefined]) {
      expect(validateUnlimited({ ...ok, scene })).toMatchObject({ errcode: 40169 })
    }
    expect(validateUnlimited({ ...ok, scene: "a!#$&'()*+,/:;=?@-._~Z9" })).toBeNull()
    expect(validateUnlimited({ ...ok, scene: 'a'.repeat(32) })).toBeNull()
  })

  it('refuses a page with a leading slash or a query, and an unknown page when check_path is on', () => {
    expect(validateUnlimited({ ...ok, page: '/packages/org/pages/join/index' })).toMatchObject({ errcode: 41030 })
    expect(validateUnlimited({ ...ok, page: 'packages/org/pages/join/index?code=1' })).toMatchObject({ errcode: 41030 })
    const knownPages = new Set(['pages/home/index'])
    expect(validateUnlimited({ ...ok, check_path: true }, { knownPages })).toMatchObject({ errcode: 41030 })
    expect(validateUnlimited({ ...ok, check_path: false }, { knownPages })).toBeNull()
    expect(validateUnlimited({ ...ok, env_version: 'beta' })).toMatchObject({ errcode: 40097 })
    expect(validateUnlimited({ ...ok, width: 100 })).toMatchObject({ errcode: 40097 })
  })

  it('records refusals and injected failures without an image', () => {
    const outbox = new OpenApiOutbox()
    expect(wxacodeUnlimited(outbox, API, { ...ok, scene: 'a%b' })).toEqual(expect.objectContaining({ errcode: 40169 }))
    outbox.failNext(1, 45009, 'reach max api minute-limit')
    expect(wxacodeUnlimited(outbox, API, ok)).toEqual({ errcode: 45009, errmsg: 'reach max api minute-limit' })
    expect(outbox.list().map((entry) => entry.result.errcode)).toEqual([40169, 45009])
  })

  it('sizes the image near the requested width', () => {
    const png = renderQrPng('x', 1280)
    expect(png.readUInt32BE(16)).toBeLessThanOrEqual(1280)
  })
})
