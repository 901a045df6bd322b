/** Opening an uploaded file and finding the member sheet and its header row. */
import type { Workbook, Worksheet } from 'exceljs'
import { GUIDE_SHEET_NAME, IMPORT_COLUMNS, MEMBER_SHEET_NAME, type ImportColumnKey } from './columns'
import { ImportFileError } from './errors'
import { newWorkbook } from '../../spreadsheet'
import { cellText, headerKey } from './text'

export const UNREADABLE_MESSAGE = '文件无法读取：请上传由模板填写的 .xlsx 文件'

/** A secretary's own sheet may have a title row or two above the header. */
const HEADER_SEARCH_ROWS = 10

export async function loadWorkbook(file: Buffer): Promise<Workbook> {
  // Every .xlsx is a zip ("PK"); checking first turns .xls, .csv and encrypted files into a clear message fast.
  if (file.length < 4 || file[0] !== 0x50 || file[1] !== 0x4b) throw new ImportFileError(UNREADABLE_MESSAGE)
  const workbook = await newWorkbook()
  try {
    // exceljs wants an ArrayBuffer; slicing also detaches us from Node's shared buffer pool.
    await workbook.xlsx.load(file.buffer.slice(file.byteOffset, file.byteOffset + file.byteLength) as ArrayBuffer)
  } catch {
    throw new ImportFileError(UNREADABLE_MESSAGE)
  }
  return workbook
}

/** The 党员名单 sheet, else the first sheet that is not the instructions. */
export function memberSheet(workbook: Workbook): Worksheet {
  const sheets = workbook.worksheets
  const byName = sheets.find((sheet) => headerKey(sheet.name) === headerKey(MEMBER_SHEET_NAME))
  const sheet = byName ?? sheets.find((item) => headerKey(item.name) !== headerKey(GUIDE_SHEET_NAME))
  if (!sheet) throw new ImportFileError(UNREADABLE_MESSAGE)
  return sheet
}

export interface HeaderLayout {
  row: number
  /** Column number (1-based) of each recognised column. */
  columns: Partial<Record<ImportColumnKey, number>>
}

const KEY_BY_HEADER: ReadonlyMap<string, ImportColumnKey> = new Map(
  IMPORT_COLUMNS.flatMap((column) => [column.header, ...column.aliases].map((text) => [headerKey(text), column.key] as const))
)

/**
 * The header row is the one among the first rows that names the most known
 * columns; columns are matched by text, so order and extra columns do not matter.
 * When a header appears twice, the leftmost wins.
 */
export function locateHeader(sheet: Worksheet): HeaderLayout {
  let best: HeaderLayout = { row: 1, columns: {} }
  let bestCount = 0
  for (let rowNumber = 1; rowNumber <= HEADER_SEARCH_ROWS; rowNumber += 1) {
    const row = sheet.findRow(rowNumber)
    if (!row) continue
    const columns: Partial<Record<ImportColumnKey, number>> = {}
    row.eachCell((cell, colNumber) => {
      const key = KEY_BY_HEADER.get(headerKey(cellText(cell.value)))
      if (key && columns[key] === undefined) columns[key] = colNumber
    })
    const count = Object.keys(columns).length
    if (count > bestCount) {
      best = { row: rowNumber, columns }
      bestCount = count
    }
  }
  return best
}
