import { useEffect } from 'react'
import { useLargeText } from './large-text-store'
import { textScale, textScaleStyle } from './text-scale'
import { wechatFontScale } from './wechat-font'

/**
 * The style for a page's root view: --ps-font-scale from WeChat's font size
 * and 大字模式. On H5 it is also put on <html>, so NutUI's popups and toasts
 * (portalled to <body>, outside the page root) grow with the page.
 */
export function useTextScaleStyle(): Record<string, string> {
  const large = useLargeText()
  const scale = textScale({ wechat: wechatFontScale(), large })
  useEffect(() => {
    if (process.env.TARO_ENV !== 'h5') return
    document.documentElement.style.setProperty('--ps-font-scale', String(scale))
    document.documentElement.classList.toggle('ps-large-text', large)
  }, [scale, large])
  return textScaleStyle(scale)
}
