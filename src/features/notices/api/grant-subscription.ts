import type { NoticesActions } from '@contract/notices-api'
import { callNotices } from './call-notices'

/** Records how many study-reminder messages the member just accepted (only ever after a tap) (`subscriptions.grant`). */
export function grantSubscription(payload: NoticesActions['subscriptions.grant']['payload']): Promise<NoticesActions['subscriptions.grant']['result']> {
  return callNotices('subscriptions.grant', payload)
}
