import { useSyncExternalStore } from 'react'
import Taro from '@tarojs/taro'

/**
 * 大字模式 on or off: this device's choice (local storage, never sent to the
 * server: it is a display preference, not a record about the member). Tab
 * pages stay mounted, so a change is pushed to every subscribed page root.
 */
export const LARGE_TEXT_KEY = 'ps.largeText'

const listeners = new Set<() => void>()
let current: boolean | null = null

function read(): boolean {
  if (current === null) {
    try {
      current = Taro.getStorageSync(LARGE_TEXT_KEY) === 'on'
    } catch {
      current = false
    }
  }
  return current
}

export function setLargeText(on: boolean): void {
  current = on
  try {
    Taro.setStorageSync(LARGE_TEXT_KEY, on ? 'on' : 'off')
  } catch {
    // Not remembered after a restart; this session still shows it.
  }
  listeners.forEach((listener) => listener())
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener)
  return () => listeners.delete(listener)
}

export function useLargeText(): boolean {
  return useSyncExternalStore(subscribe, read, read)
}
