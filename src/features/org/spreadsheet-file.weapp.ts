import Taro from '@tarojs/taro'
import { ApiError } from '@/api/errors'
import type { PickedFile } from './spreadsheet-file'
import { MAX_BYTES, tooLarge } from './spreadsheet-limits'

export type { PickedFile }

/** weapp: write under USER_DATA_PATH, then open it in WeChat's document viewer (which can forward or save it). */
export async function saveSpreadsheet(fileName: string, base64: string): Promise<void> {
  const filePath = `${Taro.env.USER_DATA_PATH}/${fileName}`
  try {
    await new Promise<void>((resolve, reject) => {
      Taro.getFileSystemManager().writeFile({ filePath, data: base64, encoding: 'base64', success: () => resolve(), fail: reject })
    })
  } catch (cause) {
    throw new ApiError('WRITE_FAILED', '保存模板失败，请检查手机存储空间', { cause })
  }
  try {
    await Taro.openDocument({ filePath, fileType: 'xlsx', showMenu: true })
  } catch (cause) {
    throw new ApiError('OPEN_FAILED', '无法打开模板文件，请稍后重试', { cause })
  }
}

/** weapp: pick from a chat (the usual place a spreadsheet arrives), read as base64. */
export async function pickSpreadsheet(): Promise<PickedFile | null> {
  let picked: Taro.chooseMessageFile.ChooseFile | undefined
  try {
    const res = await Taro.chooseMessageFile({ count: 1, type: 'file', extension: ['xlsx'] })
    picked = res.tempFiles[0]
  } catch (cause) {
    if (/cancel/i.test(String((cause as { errMsg?: unknown })?.errMsg ?? ''))) return null
    throw new ApiError('PICK_FAILED', '选择文件失败，请重试', { cause })
  }
  if (!picked) return null
  if (!/\.xlsx$/i.test(picked.name)) throw new ApiError('BAD_FILE', '请选择 .xlsx 格式的表格文件')
  if (picked.size > MAX_BYTES) throw tooLarge()
  const filePath = picked.path
  const base64 = await new Promise<string>((resolve, reject) => {
    Taro.getFileSystemManager().readFile({
      filePath,
      encoding: 'base64',
      success: (res) => resolve(String(res.data)),
      fail: () => reject(new ApiError('READ_FAILED', '读取文件失败，请重新选择')),
    })
  })
  return { name: picked.name, base64 }
}
