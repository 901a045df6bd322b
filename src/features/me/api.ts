import { ME_FUNCTION, type HistoryPage, type HistoryPayload, type MyData } from '@contract/me'
import { callFunction } from '@/api'

/** One typed call per action of the `me` function (whoami is in src/lib: every page needs it). */

/** 我的记录: the caller's own leave requests, 补学 and check-ins, a page at a time. */
export function myHistory(payload: HistoryPayload): Promise<HistoryPage> {
  return callFunction<HistoryPage>(ME_FUNCTION, { action: 'history', payload })
}

/** 我的数据: everything stored about the caller, as tables. */
export function myData(): Promise<MyData> {
  return callFunction<MyData>(ME_FUNCTION, { action: 'data', payload: {} })
}

/** 我的数据 as an .xlsx file (base64). */
export function exportMyData(): Promise<{ fileName: string; base64: string }> {
  return callFunction<{ fileName: string; base64: string }>(ME_FUNCTION, { action: 'export', payload: {} })
}
