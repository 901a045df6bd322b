import { nextCodeDelay, pagePath, tokenFromParams, tokenFromText } from './checkin'

describe('check-in tokens', () => {
  it('reads the token from a scanned path or a full H5 URL', () => {
    expect(tokenFromText('packages/meetings/pages/checkin/index?t=abc.DEF_1')).toBe('abc.DEF_1')
    expect(tokenFromText('http://127.0.0.1:9100/#/packages/meetings/pages/checkin/index?t=a%2Bb%3D&x=1')).toBe('a+b=')
    expect(tokenFromText('/pages/home/index?id=1')).toBe('')
    expect(tokenFromText('随便一段文字')).toBe('')
  })

  it('reads ?t= first, then a 小程序码 scene written either way', () => {
    expect(tokenFromParams({ t: 'tok%2F1' })).toBe('tok/1')
    expect(tokenFromParams({ scene: encodeURIComponent('t=tok2') })).toBe('tok2')
    expect(tokenFromParams({ scene: 'tok3' })).toBe('tok3')
    expect(tokenFromParams({ scene: 'x=1' })).toBe('')
    expect(tokenFromParams({})).toBe('')
  })

  it('writes page paths with one leading slash', () => {
    expect(pagePath('packages/meetings/pages/checkin/index?t=1')).toBe('/packages/meetings/pages/checkin/index?t=1')
    expect(pagePath('//packages/x')).toBe('/packages/x')
  })
})

describe('nextCodeDelay', () => {
  const now = Date.parse('2026-12-11T06:50:10Z')

  it('fetches just after the code rotates when the clocks agree', () => {
    expect(nextCodeDelay('2026-12-11T06:50:30Z', now)).toBe(20_500)
    expect(nextCodeDelay('2026-12-11T06:50:10.200Z', now)).toBe(1000)
  })

  it('falls back to every half window when the server clock is elsewhere', () => {
    expect(nextCodeDelay('2026-12-20T06:50:30Z', now)).toBe(15_000)
    expect(nextCodeDelay('2026-12-01T06:50:30Z', now)).toBe(15_000)
    expect(nextCodeDelay('not a time', now)).toBe(15_000)
  })
})
