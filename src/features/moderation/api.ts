import { NOTICES_FUNCTION, type NoticesActions } from '@contract/notices-api'
import { callFunction } from '@/api'

/** Content security's calls (served by the `notices` function, beside the 工作台's other pending work). */

/** The held texts the caller decides on, oldest first (`held.list`). */
export function listHeld(): Promise<NoticesActions['held.list']['result']> {
  return callFunction<NoticesActions['held.list']['result']>(NOTICES_FUNCTION, { action: 'held.list', payload: {} })
}

/** 释放 or 退回 one held text (`held.decide`). */
export function decideHeld(payload: NoticesActions['held.decide']['payload']): Promise<NoticesActions['held.decide']['result']> {
  return callFunction<NoticesActions['held.decide']['result']>(NOTICES_FUNCTION, { action: 'held.decide', payload })
}
