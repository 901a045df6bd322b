import postcss from 'postcss'
// The build-time half of the text scale (config/index.ts adds it to Taro's PostCSS for weapp and H5).
// eslint-disable-next-line @typescript-eslint/no-require-imports -- a CommonJS PostCSS plugin, loaded as Taro loads it
const fontScale = require('../../../config/postcss-font-scale.cjs') as () => postcss.Plugin

const run = (css: string) => postcss([fontScale()]).process(css, { from: undefined }).css

describe('PostCSS font scale (大字模式 / WeChat font size)', () => {
  it('multiplies absolute font sizes and line heights by --ps-font-scale', () => {
    expect(run('.a{font-size:28rpx;line-height:36px}')).toBe(
      '.a{font-size:calc(28rpx * var(--ps-font-scale, 1));line-height:calc(36px * var(--ps-font-scale, 1))}'
    )
    expect(run('.b{font-size:var(--nutui-font-size-s, 12px) !important}')).toBe(
      '.b{font-size:calc(var(--nutui-font-size-s, 12px) * var(--ps-font-scale, 1)) !important}'
    )
  })

  it('leaves relative sizes, unitless line heights and already scaled values alone (no double scaling)', () => {
    const css = '.c{font-size:0.9em;line-height:1.5}.d{font-size:inherit}.e{font-size:calc(1rem * var(--ps-font-scale, 1))}'
    expect(run(css)).toBe(css)
  })
})
