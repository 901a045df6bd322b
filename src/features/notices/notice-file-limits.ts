import { ApiError } from '@/api/errors'

// Apart from notice-file.ts: on each platform `./notice-file` resolves to the
// platform's own file, so shared code cannot live there.

/** The server takes at most 8,000,000 base64 characters: about 6 MB of file. */
export const MAX_NOTICE_BYTES = 5 * 1024 * 1024

export function noticeFileProblem(name: string, size: number): ApiError | null {
  if (!/\.(docx|txt)$/i.test(name)) return new ApiError('BAD_FILE', '请选择 .docx 或 .txt 文件（.doc 请先另存为 .docx）')
  if (size > MAX_NOTICE_BYTES) return new ApiError('FILE_TOO_LARGE', '文件超过 5 MB，请删去图片后重试，或直接粘贴文本')
  return null
}
