import Taro from '@tarojs/taro'
import { wechatScale } from './text-scale'

/** wx.getAppBaseInfo's font fields (base library 2.23.4+); Taro's types predate them. */
interface AppBaseInfoFonts {
  fontSizeSetting?: number
  fontSizeScaleFactor?: number
}

let cached: number | null = null

/**
 * WeChat's font size (我 → 设置 → 通用 → 字体大小) as a factor; 1 on H5, where
 * the browser's own zoom and font settings already apply. Read once: WeChat
 * restarts the mini-program's pages when the user changes it.
 */
export function wechatFontScale(): number {
  if (cached !== null) return cached
  cached = 1
  if (process.env.TARO_ENV === 'weapp') {
    try {
      const info = Taro.getAppBaseInfo() as unknown as AppBaseInfoFonts
      cached = wechatScale(info.fontSizeSetting)
    } catch {
      // An old base library: standard size.
    }
  }
  return cached
}
