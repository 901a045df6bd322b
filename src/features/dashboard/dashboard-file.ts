import { saveFile } from '@/lib/user-file'

// How each platform saves a file is in src/lib/user-file.*.ts.

const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'

/** Saves an exported view (.xlsx) where the user can open it (H5: a download; weapp: opens it). */
export function saveXlsx(fileName: string, base64: string): Promise<void> {
  return saveFile(fileName, base64, {
    mimeType: XLSX_MIME,
    fileType: 'xlsx',
    writeFailed: '保存文件失败，请检查手机存储空间',
    openFailed: '无法打开文件，请稍后重试'
  })
}
