/**
 * How large the app's text is drawn (issue 14 item 6, 适老化): a factor on
 * every font-size (config/postcss-font-scale.cjs multiplies by the CSS
 * variable --ps-font-scale). Pure, so both platforms and the tests share it.
 */

/** WeChat's 标准 font size: wx.getAppBaseInfo().fontSizeSetting reports 17 (px) at 标准. */
export const WECHAT_STANDARD_FONT_PX = 17
/** 大字模式: text at 1.5× the standard size (MIIT's 适老化 guideline asks for adjustable text; 1.5× is what every page is tested at). */
export const LARGE_TEXT_SCALE = 1.5
/** Bounds for WeChat's own setting (its smallest and largest steps stay readable and laid out). */
export const MIN_SCALE = 0.85
export const MAX_SCALE = 2

const clamp = (value: number) => Math.min(MAX_SCALE, Math.max(MIN_SCALE, value))

/** WeChat's font size as a factor of the standard one; 1 when unknown (H5, or a base library before 2.23.4). */
export function wechatScale(fontSizeSetting: number | undefined | null): number {
  if (typeof fontSizeSetting !== 'number' || !Number.isFinite(fontSizeSetting) || fontSizeSetting <= 0) return 1
  return Math.round(clamp(fontSizeSetting / WECHAT_STANDARD_FONT_PX) * 100) / 100
}

/** The factor used: WeChat's own size, or 大字模式's 1.5× when that is larger (大字 never makes text smaller). */
export function textScale({ wechat, large }: { wechat: number; large: boolean }): number {
  return large ? Math.max(LARGE_TEXT_SCALE, wechat) : wechat
}

/** The page root's style: the CSS variable every font-size multiplies by. */
export function textScaleStyle(scale: number): Record<string, string> {
  return { '--ps-font-scale': String(scale) }
}
