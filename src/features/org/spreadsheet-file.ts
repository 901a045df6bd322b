import { ApiError } from '@/api/errors'
import { OFFICE_MIME, saveOfficeFile } from '@/lib/office-file'
import { pickFile } from '@/lib/user-file'

// How each platform picks and saves a file is in src/lib/user-file.*.ts.

/** A spreadsheet the user picked, read whole. */
export interface PickedFile {
  name: string
  base64: string
}

/** The import function's limit (3 MB of .xlsx); checked here so nobody waits for an upload that must fail. */
const MAX_BYTES = 3 * 1024 * 1024

function spreadsheetProblem(name: string, size: number): ApiError | null {
  if (!/\.xlsx$/i.test(name)) return new ApiError('BAD_FILE', '请选择 .xlsx 格式的表格文件')
  if (size > MAX_BYTES) return new ApiError('FILE_TOO_LARGE', '文件过大（不超过 3 MB），请拆分成几个文件分批导入')
  return null
}

/** Saves the template where the user can open it (H5: a download; weapp: opens it). */
export function saveSpreadsheet(fileName: string, base64: string): Promise<void> {
  return saveOfficeFile('xlsx', fileName, base64, { writeFailed: '保存模板失败，请检查手机存储空间', openFailed: '无法打开模板文件，请稍后重试' })
}

/**
 * Lets the user pick one .xlsx file (weapp: from a chat, the usual place a
 * spreadsheet arrives), read as base64; resolves null when they cancel.
 */
export async function pickSpreadsheet(): Promise<PickedFile | null> {
  const picked = await pickFile({
    extensions: ['xlsx'],
    mimeTypes: [OFFICE_MIME.xlsx],
    inputClass: 'ps-import-file-input',
    problem: spreadsheetProblem,
    readAs: () => 'base64'
  })
  return picked && { name: picked.name, base64: picked.content }
}
