/**
 * Reading a filled-in member sheet into an ImportPreview: the rows that can be
 * imported, and every problem with the others, each pointing at a cell.
 */
import type { ImportMemberRow, ImportPreview, ImportRowError } from '../../../contract/org'
import type { Worksheet } from 'exceljs'
import { DEFAULT_MAX_ROWS, EXAMPLE_MARKER, IMPORT_COLUMNS, type ImportColumnKey } from './columns'
import { ImportFileError } from './errors'
import { cellText, fold } from './text'
import { createRowValidator, type ImportScope, type RowCells } from './validate'
import { loadWorkbook, locateHeader, memberSheet, type HeaderLayout } from './workbook'

export interface ParseImportContext extends ImportScope {
  /** Data rows allowed in one file (default 2000); more throws ImportFileError. */
  maxRows?: number
}

interface DataRow {
  row: number
  cells: RowCells
}

const EXAMPLE_KEY = fold(EXAMPLE_MARKER)

/**
 * `ctx.units` is the caller's scope; rows naming another unit are errors.
 * `ctx.existingPhones` holds normalised phones of members this import must not
 * touch (e.g. in another branch); a row using one is an error. Leave out
 * phones of members a re-import should simply leave unchanged.
 */
export async function parseImportFile(file: Buffer, ctx: ParseImportContext): Promise<ImportPreview> {
  const sheet = memberSheet(await loadWorkbook(file))
  const header = locateHeader(sheet)
  const rows = dataRows(sheet, header)
  const maxRows = ctx.maxRows ?? DEFAULT_MAX_ROWS
  if (rows.length > maxRows) {
    throw new ImportFileError(`文件共有 ${rows.length} 行数据，超过每次最多 ${maxRows} 行的限制，请拆分为多个文件分批导入`)
  }

  const missing = IMPORT_COLUMNS.filter((column) => column.required && header.columns[column.key] === undefined)
  if (missing.length > 0) {
    const names = missing.map((column) => column.header).join('、')
    const error: ImportRowError = { row: header.row, column: names, reason: `缺少必填列：${names}。请使用导入模板，不要修改表头` }
    return { totalRows: rows.length, validRows: [], errors: [error] }
  }

  const validate = createRowValidator(ctx)
  const validRows: ImportMemberRow[] = []
  const errors: ImportRowError[] = []
  for (const { row, cells } of rows) {
    const result = validate(row, cells)
    if (result.value) validRows.push(result.value)
    errors.push(...result.errors)
  }
  return { totalRows: rows.length, validRows, errors }
}

/** Rows below the header that hold anything, minus the example row; merged cells read as their top-left value. */
function dataRows(sheet: Worksheet, header: HeaderLayout): DataRow[] {
  const rows: DataRow[] = []
  sheet.eachRow((row, rowNumber) => {
    if (rowNumber <= header.row) return
    const texts: string[] = []
    row.eachCell((cell) => {
      const text = cellText(cell.value)
      if (text !== '') texts.push(text)
    })
    if (texts.length === 0) return
    if (texts.some((text) => fold(text).startsWith(EXAMPLE_KEY))) return
    const cells = Object.fromEntries(
      IMPORT_COLUMNS.map((column) => {
        const colNumber = header.columns[column.key]
        return [column.key, colNumber === undefined ? '' : cellText(row.getCell(colNumber).value)]
      })
    ) as Record<ImportColumnKey, string> // fromEntries loses the key type; every key is set above.
    rows.push({ row: rowNumber, cells })
  })
  return rows
}
