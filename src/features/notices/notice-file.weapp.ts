import Taro from '@tarojs/taro'
import { ApiError } from '@/api/errors'
import type { PickedNotice } from './notice-file'
import { noticeFileProblem } from './notice-file-limits'

export type { PickedNotice }

function readFile(filePath: string, encoding: 'base64' | 'utf8'): Promise<string> {
  return new Promise((resolve, reject) => {
    Taro.getFileSystemManager().readFile({
      filePath,
      encoding,
      success: (res) => resolve(String(res.data)),
      fail: () => reject(new ApiError('READ_FAILED', '读取文件失败，请重新选择')),
    })
  })
}

/** weapp: pick from a chat (where the department's document usually arrives). */
export async function pickNoticeFile(): Promise<PickedNotice | null> {
  let picked: Taro.chooseMessageFile.ChooseFile | undefined
  try {
    const res = await Taro.chooseMessageFile({ count: 1, type: 'file', extension: ['docx', 'txt'] })
    picked = res.tempFiles[0]
  } catch (cause) {
    if (/cancel/i.test(String((cause as { errMsg?: unknown })?.errMsg ?? ''))) return null
    throw new ApiError('PICK_FAILED', '选择文件失败，请重试', { cause })
  }
  if (!picked) return null
  const problem = noticeFileProblem(picked.name, picked.size)
  if (problem) throw problem
  if (/\.txt$/i.test(picked.name)) return { name: picked.name, text: await readFile(picked.path, 'utf8') }
  return { name: picked.name, docxBase64: await readFile(picked.path, 'base64') }
}

/** weapp: write under USER_DATA_PATH, then open it in WeChat's document viewer (which can forward or save it). */
export async function saveDocx(fileName: string, base64: string): Promise<void> {
  const filePath = `${Taro.env.USER_DATA_PATH}/${fileName}`
  try {
    await new Promise<void>((resolve, reject) => {
      Taro.getFileSystemManager().writeFile({ filePath, data: base64, encoding: 'base64', success: () => resolve(), fail: reject })
    })
  } catch (cause) {
    throw new ApiError('WRITE_FAILED', '保存文件失败，请检查手机存储空间', { cause })
  }
  try {
    await Taro.openDocument({ filePath, fileType: 'docx', showMenu: true })
  } catch (cause) {
    throw new ApiError('OPEN_FAILED', '无法打开文件，请稍后重试', { cause })
  }
}
