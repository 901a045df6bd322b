import { useEffect, useRef } from 'react'
import Taro from '@tarojs/taro'

/**
 * Every message a page sends to the pages already open (beneath it in the
 * stack, or the tab pages), by name, with what it carries. The one way pages
 * tell each other something: navigateBack carries no data, so the sender
 * announces it on Taro.eventCenter and whoever is mounted listens. Forward,
 * a page gets its input from the URL query (src/routes.ts).
 */
export interface PageMessages {
  /** Joined with an invite: the caller's identity changed (useWhoami asks again). */
  'whoami.changed': Record<string, never>
  /** The theme-day rule was saved; 组织生活 shows what it generated. */
  'meetings.rule-saved': { unitId: string; generated: number; kept: number }
  /** The yearly requirements were saved; the dashboard reloads 年度要求. */
  'dashboard.quotas-saved': Record<string, never>
}

type MessageName = keyof PageMessages

export function sendPageMessage<N extends MessageName>(name: N, payload: PageMessages[N]): void {
  Taro.eventCenter.trigger(name, payload)
}

/** Calls `handler` for each `name` message while the component is mounted (the latest handler, without resubscribing). */
export function usePageMessage<N extends MessageName>(name: N, handler: (payload: PageMessages[N]) => void): void {
  const latest = useRef(handler)
  latest.current = handler
  useEffect(() => {
    const listener = (payload: PageMessages[N]) => latest.current(payload)
    Taro.eventCenter.on(name, listener)
    return () => {
      Taro.eventCenter.off(name, listener)
    }
  }, [name])
}

/**
 * Keeps the last `name` message until `take()`: for a page that acts on it
 * when it shows again (useShownAgain), not while it is hidden underneath.
 */
export function usePageMessageInbox<N extends MessageName>(name: N): { take: () => PageMessages[N] | null } {
  const inbox = useRef<PageMessages[N] | null>(null)
  usePageMessage(name, (payload) => {
    inbox.current = payload
  })
  const take = () => {
    const payload = inbox.current
    inbox.current = null
    return payload
  }
  return { take }
}
