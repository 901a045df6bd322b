import { saveFile } from '@/lib/user-file'

// How each platform saves a file is in src/lib/user-file.*.ts.

const MIME = {
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'
} as const

/** Saves the exported 学习教育记录 (.docx or .xlsx) where the user can open it (H5: a download; weapp: opens it). */
export function saveRecordFile(format: 'docx' | 'xlsx', fileName: string, base64: string): Promise<void> {
  return saveFile(fileName, base64, {
    mimeType: MIME[format],
    fileType: format,
    writeFailed: '保存文件失败，请检查手机存储空间',
    openFailed: '无法打开文件，请稍后重试'
  })
}
