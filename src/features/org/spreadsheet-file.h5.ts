import { ApiError } from '@/api/errors'
import type { PickedFile } from './spreadsheet-file'
import { MAX_BYTES, tooLarge } from './spreadsheet-limits'

export type { PickedFile }

const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'

/** H5: a Blob download through a temporary link. */
export async function saveSpreadsheet(fileName: string, base64: string): Promise<void> {
  const binary = window.atob(base64)
  const bytes = new Uint8Array(binary.length)
  for (let i = 0; i < binary.length; i += 1) bytes[i] = binary.charCodeAt(i)
  const url = URL.createObjectURL(new Blob([bytes], { type: XLSX_MIME }))
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

/** H5: a hidden <input type=file>, read as base64 with FileReader. */
export function pickSpreadsheet(): Promise<PickedFile | null> {
  return new Promise((resolve, reject) => {
    const input = document.createElement('input')
    input.type = 'file'
    input.accept = '.xlsx,' + XLSX_MIME
    input.className = 'ps-import-file-input'
    input.style.display = 'none'
    document.body.appendChild(input)
    let settled = false
    const finish = (value: PickedFile | null, error?: ApiError) => {
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
      if (!/\.xlsx$/i.test(file.name)) return finish(null, new ApiError('BAD_FILE', '请选择 .xlsx 格式的表格文件'))
      if (file.size > MAX_BYTES) return finish(null, tooLarge())
      const reader = new FileReader()
      reader.onload = () => {
        const dataUrl = String(reader.result ?? '')
        finish({ name: file.name, base64: dataUrl.slice(dataUrl.indexOf(',') + 1) })
      }
      reader.onerror = () => finish(null, new ApiError('READ_FAILED', '读取文件失败，请重新选择'))
      reader.readAsDataURL(file)
    })
    input.click()
  })
}
