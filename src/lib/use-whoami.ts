import { useRequest } from '@/lib/use-request'
import { sendPageMessage, usePageMessage } from './page-messages'
import { whoami } from './whoami'

/**
 * Tells every mounted useWhoami to ask again: after joining with an invite the
 * tab pages (which stay mounted) must not keep showing "not a member".
 */
export function invalidateWhoami(): void {
  sendPageMessage('whoami.changed', {})
}

/** The caller's identity; refetches when the H5 demo user changes or invalidateWhoami() is called. */
export function useWhoami() {
  const state = useRequest(whoami)
  usePageMessage('whoami.changed', state.refetch)
  return state
}
