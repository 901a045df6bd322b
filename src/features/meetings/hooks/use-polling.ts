import { useEffect, useRef, useState } from 'react'
import { useDidHide, useDidShow } from '@tarojs/taro'

/**
 * Runs `tick` at once and then again and again while the page is shown: after
 * the delay `tick` resolves with, or `intervalMs` (also after a failure; the
 * tick shows its own error). Stops when the page hides (another page on top,
 * the app in the background) or unmounts, and starts over when it shows again.
 * A slow tick is never overlapped by the next one.
 */
export function usePolling(tick: () => Promise<number | void>, intervalMs: number, enabled = true): void {
  const tickRef = useRef(tick)
  tickRef.current = tick
  const [shown, setShown] = useState(true)
  useDidShow(() => setShown(true))
  useDidHide(() => setShown(false))

  useEffect(() => {
    if (!shown || !enabled) return undefined
    let stopped = false
    let timer: ReturnType<typeof setTimeout> | undefined
    const run = async () => {
      let delay = intervalMs
      try {
        const next = await tickRef.current()
        if (typeof next === 'number') delay = next
      } catch {
        // Shown by the tick; try again after the usual interval.
      }
      if (!stopped) timer = setTimeout(() => void run(), delay)
    }
    void run()
    return () => {
      stopped = true
      if (timer !== undefined) clearTimeout(timer)
    }
  }, [shown, enabled, intervalMs])
}
