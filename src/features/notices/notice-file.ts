import { ApiError } from '@/api/errors'
import { OFFICE_MIME } from '@/lib/office-file'
import { pickFile } from '@/lib/user-file'

// How each platform picks and saves a file is in src/lib/user-file.*.ts.

/** A notice file the user picked: a .txt read as text, a .docx as base64 (what notices.parse takes). */
export type PickedNotice = { name: string; text: string } | { name: string; docxBase64: string }

/** The server takes at most 8,000,000 base64 characters: about 6 MB of file. */
const MAX_NOTICE_BYTES = 5 * 1024 * 1024

function noticeFileProblem(name: string, size: number): ApiError | null {
  if (!/\.(docx|txt)$/i.test(name)) return new ApiError('BAD_FILE', '请选择 .docx 或 .txt 文件（.doc 请先另存为 .docx）')
  if (size > MAX_NOTICE_BYTES) return new ApiError('FILE_TOO_LARGE', '文件超过 5 MB，请删去图片后重试，或直接粘贴文本')
  return null
}

const isText = (name: string) => /\.txt$/i.test(name)

/**
 * Lets the user pick one .docx or .txt (weapp: from a chat, where the
 * department's document usually arrives); resolves null when they cancel.
 */
export async function pickNoticeFile(): Promise<PickedNotice | null> {
  const picked = await pickFile({
    extensions: ['docx', 'txt'],
    mimeTypes: [OFFICE_MIME.docx, 'text/plain'],
    inputClass: 'ps-notice-file-input',
    problem: noticeFileProblem,
    readAs: (name) => (isText(name) ? 'text' : 'base64')
  })
  if (!picked) return null
  return isText(picked.name) ? { name: picked.name, text: picked.content } : { name: picked.name, docxBase64: picked.content }
}
