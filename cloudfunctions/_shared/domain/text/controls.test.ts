import { MAX_PAYLOAD_DEPTH, PayloadTooDeep, stripControls, stripControlsDeep } from './controls'

describe('stripControls', () => {
  it('removes bidi overrides, isolates, direction marks and control characters', () => {
    expect(stripControls('王\u202e伟')).toBe('王伟')
    expect(stripControls('\u2066张三\u2069\u200e\u200f\u061c')).toBe('张三')
    expect(stripControls('a\u0000b\u0007c\u001bd\u007fe\u0085f')).toBe('abcdef')
  })

  it('keeps line breaks, tabs, emoji joiners and every ordinary character', () => {
    const text = '第一段\n第二段\r\n\t缩进 👨\u200d👩\u200d👧 〔2026〕12号 Li Ming'
    expect(stripControls(text)).toBe(text)
  })
})

describe('stripControlsDeep', () => {
  it('cleans every string of a payload, keys included, and keeps its shape', () => {
    expect(stripControlsDeep({ name: '李\u202e四', rows: [{ note: 'x\u0000', n: 1, ok: true, none: null }], ['k\u202e']: 'v' })).toEqual({
      name: '李四',
      rows: [{ note: 'x', n: 1, ok: true, none: null }],
      k: 'v'
    })
  })

  it('refuses a payload nested deeper than a form could be', () => {
    let deep: unknown = 'x'
    for (let i = 0; i <= MAX_PAYLOAD_DEPTH; i++) deep = [deep]
    expect(() => stripControlsDeep(deep)).toThrow(PayloadTooDeep)
    let fine: unknown = 'x'
    for (let i = 0; i < MAX_PAYLOAD_DEPTH; i++) fine = { a: fine }
    expect(() => stripControlsDeep(fine)).not.toThrow()
  })
})
