import { LARGE_TEXT_SCALE, MAX_SCALE, textScale, textScaleStyle, wechatScale } from './text-scale'

describe('text scale (大字模式 and WeChat font size)', () => {
  it('follows WeChat: 17 px is standard, larger settings scale up, unknown is 1', () => {
    expect(wechatScale(17)).toBe(1)
    expect(wechatScale(20)).toBe(1.18)
    expect(wechatScale(undefined)).toBe(1)
    expect(wechatScale(0)).toBe(1)
    expect(wechatScale(Number.NaN)).toBe(1)
    expect(wechatScale(100)).toBe(MAX_SCALE)
  })

  it('大字模式 is 1.5× unless WeChat is already larger; never smaller', () => {
    expect(textScale({ wechat: 1, large: true })).toBe(LARGE_TEXT_SCALE)
    expect(textScale({ wechat: 1.8, large: true })).toBe(1.8)
    expect(textScale({ wechat: 0.9, large: false })).toBe(0.9)
  })

  it('is carried by one CSS variable', () => {
    expect(textScaleStyle(1.5)).toEqual({ '--ps-font-scale': '1.5' })
  })
})
