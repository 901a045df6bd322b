import { ApiError } from '@/api/errors'

// Its own module: the platform files cannot import values from './spreadsheet-file' (Taro would resolve it to themselves).

/** The import function's limit (3 MB of .xlsx); checked here so nobody waits for an upload that must fail. */
export const MAX_BYTES = 3 * 1024 * 1024

export function tooLarge(): ApiError {
  return new ApiError('FILE_TOO_LARGE', '文件过大（不超过 3 MB），请拆分成几个文件分批导入')
}
