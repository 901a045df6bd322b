import { ApiError } from '@/api/errors'
import type { PickedNotice } from './notice-file'
import { noticeFileProblem } from './notice-file-limits'

export type { PickedNotice }

const DOCX_MIME = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'

/** H5: a hidden <input type=file>; a .txt is read as UTF-8 text, a .docx as base64. */
export function pickNoticeFile(): Promise<PickedNotice | null> {
  return new Promise((resolve, reject) => {
    const input = document.createElement('input')
    input.type = 'file'
    input.accept = `.docx,.txt,${DOCX_MIME},text/plain`
    input.className = 'ps-notice-file-input'
    input.style.display = 'none'
    document.body.appendChild(input)
    let settled = false
    const finish = (value: PickedNotice | null, error?: ApiError) => {
      if (settled) return
      settled = true
      input.remove()
      if (error) reject(error)
      else resolve(value)
    }
    input.addEventListener('cancel', () => finish(null))
    input.addEventListener('change', () => {
      const file = input.files?.[0]
      if (!file) return finish(null)
      const problem = noticeFileProblem(file.name, file.size)
      if (problem) return finish(null, problem)
      const isText = /\.txt$/i.test(file.name)
      const reader = new FileReader()
      reader.onload = () => {
        const result = String(reader.result ?? '')
        finish(isText ? { name: file.name, text: result } : { name: file.name, docxBase64: result.slice(result.indexOf(',') + 1) })
      }
      reader.onerror = () => finish(null, new ApiError('READ_FAILED', '读取文件失败，请重新选择'))
      if (isText) reader.readAsText(file, 'utf-8')
      else reader.readAsDataURL(file)
    })
    input.click()
  })
}

/** H5: a Blob download through a temporary link. */
export async function saveDocx(fileName: string, base64: string): Promise<void> {
  const binary = window.atob(base64)
  const bytes = new Uint8Array(binary.length)
  for (let i = 0; i < binary.length; i += 1) bytes[i] = binary.charCodeAt(i)
  const url = URL.createObjectURL(new Blob([bytes], { type: DOCX_MIME }))
  const link = document.createElement('a')
  link.href = url
  link.download = fileName
  link.style.display = 'none'
  document.body.appendChild(link)
  link.click()
  link.remove()
  // Revoke later: some browsers start reading the blob after click() returns.
  window.setTimeout(() => URL.revokeObjectURL(url), 10_000)
}
