import { useRef } from 'react'
import { useDidHide, useDidShow } from '@tarojs/taro'

/**
 * Calls `callback` when the page shows again after it was hidden (back from a
 * page opened on top, or a tab switched back to). Keyed on the hide, not on
 * "every show but the first": a component mounted after the page's first show
 * (once whoami has loaded) never sees that first show, and would otherwise
 * skip the one that matters.
 */
export function useShownAgain(callback: () => void): void {
  const hidden = useRef(false)
  useDidHide(() => {
    hidden.current = true
  })
  useDidShow(() => {
    if (!hidden.current) return
    hidden.current = false
    callback()
  })
}
