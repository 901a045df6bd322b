import { ApiError } from '@/api/errors'
import { withPrivacyAgreement } from '@/lib/privacy'
import type { PickedContent, PickFileOptions, SaveFileOptions } from './user-file'

export type { PickedContent, PickFileOptions, SaveFileOptions }

/** Choosing a file is a privacy-related action: the 用户隐私保护指引 is agreed to first (src/lib/privacy.ts). */
export function pickFile(options: PickFileOptions): Promise<PickedContent | null> {
  return withPrivacyAgreement('选择文件', () => pickFileNow(options))
}

/** H5: a hidden <input type=file>; read with FileReader as text (UTF-8) or as a data URL cut to its base64. */
function pickFileNow(options: PickFileOptions): Promise<PickedContent | null> {
  return new Promise((resolve, reject) => {
    const input = document.createElement('input')
    input.type = 'file'
    input.accept = [...options.extensions.map((extension) => `.${extension}`), ...options.mimeTypes].join(',')
    input.className = options.inputClass
    input.style.display = 'none'
    document.body.appendChild(input)
    let settled = false
    const finish = (value: PickedContent | null, error?: ApiError) => {
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
      const problem = options.problem(file.name, file.size)
      if (problem) return finish(null, problem)
      const isText = options.readAs(file.name) === 'text'
      const reader = new FileReader()
      reader.onload = () => {
        const result = String(reader.result ?? '')
        finish({ name: file.name, content: isText ? result : result.slice(result.indexOf(',') + 1) })
      }
      reader.onerror = () => finish(null, new ApiError('READ_FAILED', '读取文件失败，请重新选择'))
      if (isText) reader.readAsText(file, 'utf-8')
      else reader.readAsDataURL(file)
    })
    input.click()
  })
}

/** H5: a Blob download through a temporary link. */
export async function saveFile(fileName: string, base64: string, options: SaveFileOptions): Promise<void> {
  const binary = window.atob(base64)
  const bytes = new Uint8Array(binary.length)
  for (let i = 0; i < binary.length; i += 1) bytes[i] = binary.charCodeAt(i)
  const url = URL.createObjectURL(new Blob([bytes], { type: options.mimeType }))
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
