import { ApiError } from '@/api/errors'

// Taro resolves `@/lib/user-file` per platform (.h5.ts, .weapp.ts) before this
// file; TypeScript resolves it here. So this file gives the types, and a
// platform without its own file fails loudly. The platform files may import
// only types from here (Taro would resolve a value import to themselves).

/** How a picked file is read: as UTF-8 text, or whole as base64. */
export type ReadAs = 'text' | 'base64'

export interface PickFileOptions {
  /** The endings offered, without the dot ('docx'): weapp's chooseMessageFile filter, and part of H5's accept. */
  extensions: string[]
  /** H5: MIME types accepted besides the endings. */
  mimeTypes: string[]
  /** H5: the class of the hidden <input type=file>. */
  inputClass: string
  /** Refuses a file before it is read (wrong type, too large); null lets it through. */
  problem(name: string, size: number): ApiError | null
  /** How to read the file with this name. */
  readAs(name: string): ReadAs
}

/** A file the user picked: its name and its content, read as `readAs` said. */
export interface PickedContent {
  name: string
  content: string
}

export interface SaveFileOptions {
  /** H5: the downloaded Blob's type. */
  mimeType: string
  /** weapp: how WeChat's document viewer opens it. */
  fileType: 'docx' | 'xlsx'
  /** weapp: the messages when writing the file, or opening it, fails. */
  writeFailed: string
  openFailed: string
}

/** Lets the user pick one file; resolves null when they cancel. */
export function pickFile(_options: PickFileOptions): Promise<PickedContent | null> {
  return Promise.reject(new ApiError('UNSUPPORTED', `当前平台（${process.env.TARO_ENV}）不支持选择文件`))
}

/** Saves a generated file (base64) where the user can open it (H5: a download; weapp: opens it). */
export function saveFile(_fileName: string, _base64: string, _options: SaveFileOptions): Promise<void> {
  return Promise.reject(new ApiError('UNSUPPORTED', `当前平台（${process.env.TARO_ENV}）不支持下载文件`))
}
