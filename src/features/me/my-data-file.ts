import { saveFile } from '@/lib/user-file'

const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'

/** Saves 我的数据's export (.xlsx) where the member can open or forward it (H5: a download; weapp: WeChat's document viewer). */
export function saveMyData(fileName: string, base64: string): Promise<void> {
  return saveFile(fileName, base64, {
    mimeType: XLSX_MIME,
    fileType: 'xlsx',
    writeFailed: '保存文件失败，请检查手机存储空间',
    openFailed: '无法打开文件，请稍后重试'
  })
}
