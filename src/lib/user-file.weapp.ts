import Taro from '@tarojs/taro'
import { ApiError } from '@/api/errors'
import { withPrivacyAgreement } from '@/lib/privacy'
import type { PickedContent, PickFileOptions, SaveFileOptions } from './user-file'

export type { PickedContent, PickFileOptions, SaveFileOptions }

function readFile(filePath: string, encoding: 'base64' | 'utf8'): Promise<string> {
  return new Promise((resolve, reject) => {
    Taro.getFileSystemManager().readFile({
      filePath,
      encoding,
      success: (res) => resolve(String(res.data)),
      fail: () => reject(new ApiError('READ_FAILED', '读取文件失败，请重新选择'))
    })
  })
}

/** wx.chooseMessageFile is a privacy API (选中的文件): the 用户隐私保护指引 is agreed to first (src/lib/privacy.ts). */
export function pickFile(options: PickFileOptions): Promise<PickedContent | null> {
  return withPrivacyAgreement('选择文件', () => pickFileNow(options))
}

/** weapp: pick from a chat (where a document usually arrives), read as text (UTF-8) or base64. */
async function pickFileNow(options: PickFileOptions): Promise<PickedContent | null> {
  let picked: Taro.chooseMessageFile.ChooseFile | undefined
  try {
    const res = await Taro.chooseMessageFile({ count: 1, type: 'file', extension: options.extensions })
    picked = res.tempFiles[0]
  } catch (cause) {
    if (/cancel/i.test(String((cause as { errMsg?: unknown })?.errMsg ?? ''))) return null
    throw new ApiError('PICK_FAILED', '选择文件失败，请重试', { cause })
  }
  if (!picked) return null
  const problem = options.problem(picked.name, picked.size)
  if (problem) throw problem
  return { name: picked.name, content: await readFile(picked.path, options.readAs(picked.name) === 'text' ? 'utf8' : 'base64') }
}

/** weapp: write under USER_DATA_PATH, then open it in WeChat's document viewer (which can forward or save it). */
export async function saveFile(fileName: string, base64: string, options: SaveFileOptions): Promise<void> {
  const filePath = `${Taro.env.USER_DATA_PATH}/${fileName}`
  try {
    await new Promise<void>((resolve, reject) => {
      Taro.getFileSystemManager().writeFile({ filePath, data: base64, encoding: 'base64', success: () => resolve(), fail: reject })
    })
  } catch (cause) {
    throw new ApiError('WRITE_FAILED', options.writeFailed, { cause })
  }
  try {
    await Taro.openDocument({ filePath, fileType: options.fileType, showMenu: true })
  } catch (cause) {
    throw new ApiError('OPEN_FAILED', options.openFailed, { cause })
  }
}
