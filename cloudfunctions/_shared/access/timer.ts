import { invokedByTimer } from '../data/client'

/**
 * The timer trigger that started this invocation, or null for any other
 * caller. The platform's marker decides (TRIGGER_SRC=timer), not the event's
 * shape and not a missing OPENID: a web or HTTP caller has no OPENID either,
 * and any caller can send `{ Type: 'Timer' }` as data.
 */
export function timerTrigger(event: unknown): string | null {
  if (!invokedByTimer() || typeof event !== 'object' || event === null) return null
  const { Type, TriggerName } = event as { Type?: unknown; TriggerName?: unknown }
  return Type === 'Timer' && typeof TriggerName === 'string' ? TriggerName : null
}
