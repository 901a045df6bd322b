import { useEffect, useReducer } from 'react'
import { useDidShow } from '@tarojs/taro'
import { useLargeText } from './large-text-store'
import { textScale, textScaleStyle } from './text-scale'
import { wechatFontScale } from './wechat-font'

/**
 * The style for a page's root view: --ps-font-scale from WeChat's font size
 * and 大字模式. On H5 it is also put on <html>, so NutUI's popups and toasts
 * (portalled to <body>, outside the page root) grow with the page. Each time
 * the page shows again WeChat's size is read again (tab pages stay mounted).
 */
export function useTextScaleStyle(): Record<string, string> {
  const large = useLargeText()
  const [, reread] = useReducer((count: number) => count + 1, 0)
  useDidShow(reread)
  const scale = textScale({ wechat: wechatFontScale(), large })
  useEffect(() => {
    if (process.env.TARO_ENV !== 'h5') return
    document.documentElement.style.setProperty('--ps-font-scale', String(scale))
    document.documentElement.classList.toggle('ps-large-text', large)
  }, [scale, large])
  return textScaleStyle(scale)
}
