import { ApiError } from '@/api/errors'

// Taro resolves `./spreadsheet-file` per platform (.h5.ts, .weapp.ts) before
// this file; TypeScript resolves it here. So this file gives the types, and a
// platform without its own file fails loudly.

/** A spreadsheet the user picked, read whole. */
export interface PickedFile {
  name: string
  base64: string
}

/** Saves the template where the user can open it (H5: a download; weapp: opens it). */
export function saveSpreadsheet(_fileName: string, _base64: string): Promise<void> {
  return Promise.reject(new ApiError('UNSUPPORTED', `当前平台（${process.env.TARO_ENV}）不支持下载文件`))
}

/** Lets the user pick one .xlsx file; resolves null when they cancel. */
export function pickSpreadsheet(): Promise<PickedFile | null> {
  return Promise.reject(new ApiError('UNSUPPORTED', `当前平台（${process.env.TARO_ENV}）不支持选择文件`))
}
