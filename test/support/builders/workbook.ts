/**
 * Test-only helpers: real .xlsx files built with exceljs, so tests never
 * depend on binary fixtures. Lives under test/ so production folders hold no test code.
 */
import { Workbook, type CellValue, type Worksheet } from 'exceljs'
import type { ParseImportContext } from '../../../cloudfunctions/_shared/domain/org/import/parse'

export const HEADER = ['姓名', '手机号', '所在支部', '党小组', '党员类型', '人员类别']

export const SCOPE: ParseImportContext = {
  units: [
    {
      id: 'u1',
      name: '第一党支部',
      groups: [
        { id: 'g1', name: '第一党小组' },
        { id: 'g2', name: '第二党小组' }
      ]
    },
    { id: 'u2', name: '第二党支部', groups: [] }
  ]
}

export async function xlsx(rows: CellValue[][], decorate?: (sheet: Worksheet) => void, sheetName = '党员名单'): Promise<Buffer> {
  const workbook = new Workbook()
  const sheet = workbook.addWorksheet(sheetName)
  rows.forEach((values, index) => {
    sheet.getRow(index + 1).values = values
  })
  decorate?.(sheet)
  return Buffer.from(await workbook.xlsx.writeBuffer())
}

export async function loadBuffer(file: Buffer): Promise<Workbook> {
  const workbook = new Workbook()
  await workbook.xlsx.load(file.buffer.slice(file.byteOffset, file.byteOffset + file.byteLength) as ArrayBuffer)
  return workbook
}

/** A valid phone for row i, distinct per i. */
export function phoneFor(i: number): string {
  return `139${String(i).padStart(8, '0')}`
}
