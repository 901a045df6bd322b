import { ME_FUNCTION, type HistoryPage, type HistoryPayload } from '@contract/me'
import { callFunction } from '@/api'

/** One typed call per action of the `me` function (whoami is in src/lib: every page needs it). */

/** 我的记录: the caller's own leave requests, 补学 and check-ins, a page at a time. */
export function myHistory(payload: HistoryPayload): Promise<HistoryPage> {
  return callFunction<HistoryPage>(ME_FUNCTION, { action: 'history', payload })
}
