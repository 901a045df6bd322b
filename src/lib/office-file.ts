import { saveFile } from '@/lib/user-file'

// How each platform picks and saves a file is in src/lib/user-file.*.ts; this is the one place that knows
// the Office formats the functions export (notices' records, meetings' 会议记录, the dashboard, 我的数据, org's template).

/** The MIME type of each Office format the app reads or writes. */
export const OFFICE_MIME = {
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'
} as const

export type OfficeFormat = keyof typeof OFFICE_MIME

const FILE_MESSAGES = { writeFailed: '保存文件失败，请检查手机存储空间', openFailed: '无法打开文件，请稍后重试' }

/** Saves a generated .docx or .xlsx (base64) where the user can open it (H5: a download; weapp: WeChat's document viewer). */
export function saveOfficeFile(format: OfficeFormat, fileName: string, base64: string, messages = FILE_MESSAGES): Promise<void> {
  return saveFile(fileName, base64, { mimeType: OFFICE_MIME[format], fileType: format, ...messages })
}
