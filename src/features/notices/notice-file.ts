import { ApiError } from '@/api/errors'

// Taro resolves `./notice-file` per platform (.h5.ts, .weapp.ts) before this
// file; TypeScript resolves it here. So this file gives the types, and a
// platform without its own file fails loudly. Shared checks: notice-file-limits.ts.

/** A notice file the user picked: a .txt read as text, a .docx as base64 (what notices.parse takes). */
export type PickedNotice = { name: string; text: string } | { name: string; docxBase64: string }

/** Lets the user pick one .docx or .txt; resolves null when they cancel. */
export function pickNoticeFile(): Promise<PickedNotice | null> {
  return Promise.reject(new ApiError('UNSUPPORTED', `当前平台（${process.env.TARO_ENV}）不支持选择文件`))
}

/** Saves a generated .docx where the user can open it (H5: a download; weapp: opens it). */
export function saveDocx(_fileName: string, _base64: string): Promise<void> {
  return Promise.reject(new ApiError('UNSUPPORTED', `当前平台（${process.env.TARO_ENV}）不支持下载文件`))
}
