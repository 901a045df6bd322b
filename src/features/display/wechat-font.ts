import Taro from '@tarojs/taro'
import { wechatScale } from './text-scale'

/** wx.getAppBaseInfo's font fields (base library 2.23.4+); Taro's types predate them. */
interface AppBaseInfoFonts {
  fontSizeSetting?: number
  fontSizeScaleFactor?: number
}

/**
 * WeChat's font size (我 → 设置 → 通用 → 字体大小) as a factor; 1 on H5, where
 * the browser's own zoom and font settings already apply. Read on every call
 * (synchronous and cheap), so a change made in WeChat's settings while the
 * mini-program stays open applies to the next page drawn.
 */
export function wechatFontScale(): number {
  if (process.env.TARO_ENV !== 'weapp') return 1
  try {
    const info = Taro.getAppBaseInfo() as unknown as AppBaseInfoFonts
    return wechatScale(info.fontSizeSetting)
  } catch {
    // A base library without getAppBaseInfo: standard size.
    return 1
  }
}
