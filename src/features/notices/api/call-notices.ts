import { NOTICES_FUNCTION } from '@contract/notices-api'
import type { NoticesAction, NoticesActions } from '@contract/notices-api'
import { callFunction } from '@/api'

/** One call to the `notices` function, typed end to end by the contract's action table. */
export function callNotices<A extends NoticesAction>(action: A, payload: NoticesActions[A]['payload']): Promise<NoticesActions[A]['result']> {
  return callFunction<NoticesActions[A]['result']>(NOTICES_FUNCTION, { action, payload })
}
