// 大字模式 and WeChat's font size (issue 14 item 6): every absolute font-size
// in every style sheet, ours and NutUI's, is multiplied by the CSS variable
// --ps-font-scale (1 when unset). The variable is set on the page root by
// src/features/display (weapp: the page's root view; H5: <html> too, so
// popups portalled to <body> follow). Only text grows: widths, paddings and
// the rem/rpx grid stay, so layouts wrap instead of zooming.
//
// Runs after pxtransform (Taro appends project plugins to its own), so the
// values it sees are already rpx/rem; px and var() values are wrapped too.
// Relative values (em, %, keywords) are left alone: they already follow the
// parent's scaled size, and wrapping them would scale twice. A line-height
// given in px/rpx/rem is scaled the same way, so it stays ≥ its text
// (unitless ones already follow the font size).

const SCALE = 'var(--ps-font-scale, 1)'
const ABSOLUTE = /(-?\d*\.?\d+(rpx|px|rem|vw|vmin|PX)\b)|var\(/

function scaled(value) {
  if (value.includes('--ps-font-scale')) return value
  if (!ABSOLUTE.test(value)) return value
  const important = /\s*!important\s*$/i.exec(value)
  const bare = important ? value.slice(0, important.index) : value
  return `calc(${bare} * ${SCALE})${important ? ' !important' : ''}`
}

/** @type {import('postcss').PluginCreator<Record<string, never>>} */
module.exports = () => ({
  postcssPlugin: 'ps-font-scale',
  Declaration: {
    'font-size'(decl) {
      decl.value = scaled(decl.value)
    },
    'line-height'(decl) {
      decl.value = scaled(decl.value)
    }
  }
})
module.exports.postcss = true
module.exports.scaled = scaled
