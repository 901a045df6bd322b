/**
 * The .xlsx a secretary downloads, fills in and uploads again. Dropdowns keep
 * values parseable; the 填写说明 sheet explains the rules and also holds the
 * dropdown lists that are too long to inline.
 */
import type { DataValidation, Worksheet } from 'exceljs'
import {
  DEFAULT_MAX_ROWS,
  DEFAULT_MEMBER_CATEGORY,
  DEFAULT_MEMBER_TYPE,
  EXAMPLE_MARKER,
  GUIDE_SHEET_NAME,
  IMPORT_COLUMNS,
  MEMBER_CATEGORIES,
  MEMBER_SHEET_NAME,
  MEMBER_TYPES,
  type ImportColumnKey
} from './columns'
import { newWorkbook } from '../../spreadsheet'

export interface ImportTemplateOptions {
  /** Units the downloader may import into: the 所在支部 dropdown. */
  unitNames: string[]
  /** Group names across those units: the 党小组 dropdown (a hint only; the parser checks the unit). */
  groupNames?: string[]
}

const EXAMPLE_ROW = 2
/** Dropdowns cover the example row plus the largest file the parser accepts. */
const LAST_TEMPLATE_ROW = EXAMPLE_ROW + DEFAULT_MAX_ROWS
/** Excel rejects an inline list ("a,b,c") longer than 255 characters. */
const INLINE_LIST_LIMIT = 255
const HEADER_FILL = 'FFFBE4E4'
const EXAMPLE_COLOR = 'FF999999'

/** exceljs 4.4 has range validations at runtime (lib/doc/data-validations.js) but leaves them out of its typings. */
interface RangeValidations {
  add(range: string, validation: DataValidation): void
}

type ListColumn = Extract<ImportColumnKey, 'unitName' | 'groupName' | 'type' | 'category'>

export async function buildImportTemplate(opts: ImportTemplateOptions): Promise<Buffer> {
  const unitNames = unique(opts.unitNames)
  const lists: Record<ListColumn, string[]> = {
    unitName: unitNames,
    groupName: unique(opts.groupNames ?? []),
    type: [...MEMBER_TYPES],
    category: [...MEMBER_CATEGORIES]
  }
  const workbook = await newWorkbook()
  workbook.creator = '党员学习教育'
  const members = workbook.addWorksheet(MEMBER_SHEET_NAME, { views: [{ state: 'frozen', ySplit: 1, activeCell: 'A3' }] })
  const guide = workbook.addWorksheet(GUIDE_SHEET_NAME)
  const listRanges = writeGuide(guide, lists)
  writeMemberSheet(members, lists, listRanges)
  return Buffer.from(await workbook.xlsx.writeBuffer())
}

function writeMemberSheet(sheet: Worksheet, lists: Record<ListColumn, string[]>, listRanges: Record<ListColumn, string>): void {
  sheet.columns = IMPORT_COLUMNS.map((column) => ({
    header: column.header,
    key: column.key,
    width: column.width,
    // Text format stops Excel turning a typed phone into 1.38E+10 or dropping digits.
    style: column.key === 'phone' ? { numFmt: '@' } : {}
  }))
  const header = sheet.getRow(1)
  header.height = 22
  header.eachCell((cell) => {
    cell.font = { bold: true }
    cell.alignment = { vertical: 'middle', horizontal: 'center' }
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: HEADER_FILL } }
  })

  const example: Record<ImportColumnKey, string> = {
    name: `${EXAMPLE_MARKER}张三`,
    phone: '13800000000',
    unitName: lists.unitName[0] ?? '',
    groupName: lists.groupName[0] ?? '',
    type: DEFAULT_MEMBER_TYPE,
    category: DEFAULT_MEMBER_CATEGORY
  }
  const exampleRow = sheet.getRow(EXAMPLE_ROW)
  IMPORT_COLUMNS.forEach((column, index) => {
    const cell = exampleRow.getCell(index + 1)
    cell.value = example[column.key]
    cell.font = { italic: true, color: { argb: EXAMPLE_COLOR } }
  })
  exampleRow.getCell(1).note = `本行是示例，姓名以“${EXAMPLE_MARKER}”开头的行导入时会自动忽略。可删除本行，或从第 3 行开始填写。`

  // Typings gap, see RangeValidations; one range per column keeps the file small.
  const validations = (sheet as unknown as { dataValidations: RangeValidations }).dataValidations
  IMPORT_COLUMNS.forEach((column, index) => {
    if (!isListColumn(column.key) || lists[column.key].length === 0) return
    const letter = columnLetter(index + 1)
    // 党小组 depends on the unit, so an out-of-list value only warns; the parser checks it properly.
    const strict = column.key !== 'groupName'
    validations.add(`${letter}${EXAMPLE_ROW}:${letter}${LAST_TEMPLATE_ROW}`, {
      type: 'list',
      allowBlank: true,
      formulae: [listFormula(lists[column.key], listRanges[column.key])],
      showErrorMessage: true,
      errorStyle: strict ? 'stop' : 'warning',
      errorTitle: `${column.header}不在可选范围内`,
      error: strict ? '请从下拉列表中选择' : '该党小组不在列表中，请确认它属于所在支部'
    })
  })
}

/**
 * Instructions at the top, then one column per dropdown list. Returns each
 * list's absolute range for validations that cannot be inlined.
 */
function writeGuide(sheet: Worksheet, lists: Record<ListColumn, string[]>): Record<ListColumn, string> {
  sheet.columns = [{ width: 36 }, { width: 20 }, { width: 16 }, { width: 14 }]
  const title = sheet.getCell('A1')
  title.value = '党员名单填写说明'
  title.font = { bold: true, size: 14 }
  const lines = [
    `在“${MEMBER_SHEET_NAME}”工作表中每行填写一名党员；请不要修改表头和工作表名称。`,
    `第 ${EXAMPLE_ROW} 行是示例（姓名以“${EXAMPLE_MARKER}”开头），导入时自动忽略，可以删除或从第 3 行开始填写。`,
    ...IMPORT_COLUMNS.map((column) => column.hint),
    `每个文件最多 ${DEFAULT_MAX_ROWS} 名党员，超过请拆分为多个文件。`,
    '同一手机号再次导入不会重复创建党员。',
    '请保存为 .xlsx 格式后上传（不支持 .xls、.csv 或设置了密码的文件）。'
  ]
  lines.forEach((line, index) => {
    sheet.getCell(`A${index + 2}`).value = `${index + 1}. ${line}`
  })

  const listHeaderRow = lines.length + 3
  const heading = sheet.getCell(`A${listHeaderRow}`)
  heading.value = '可选值（下拉列表的来源，请勿修改）'
  heading.font = { bold: true }
  const order: ListColumn[] = ['unitName', 'groupName', 'type', 'category']
  const headers: Record<ListColumn, string> = { unitName: '所在支部', groupName: '党小组', type: '党员类型', category: '人员类别' }
  const ranges = {} as Record<ListColumn, string> // filled for every key in the loop below
  order.forEach((key, index) => {
    const letter = columnLetter(index + 1)
    const head = sheet.getCell(`${letter}${listHeaderRow + 1}`)
    head.value = headers[key]
    head.font = { bold: true }
    const first = listHeaderRow + 2
    lists[key].forEach((value, offset) => {
      sheet.getCell(`${letter}${first + offset}`).value = value
    })
    const last = first + Math.max(lists[key].length, 1) - 1
    ranges[key] = `'${GUIDE_SHEET_NAME}'!$${letter}$${first}:$${letter}$${last}`
  })
  return ranges
}

/** Inline ("a,b,c") when Excel allows it, so the dropdown survives deleting the instructions sheet. */
export function listFormula(values: readonly string[], range: string): string {
  const inline = `"${values.join(',')}"`
  const inlinable = values.every((value) => !/[,"]/.test(value)) && inline.length <= INLINE_LIST_LIMIT
  return inlinable ? inline : range
}

function isListColumn(key: ImportColumnKey): key is ListColumn {
  return key === 'unitName' || key === 'groupName' || key === 'type' || key === 'category'
}

function unique(values: readonly string[]): string[] {
  return [...new Set(values.map((value) => value.trim()).filter((value) => value !== ''))]
}

function columnLetter(index: number): string {
  // Only ever a handful of columns, so A–Z is enough.
  return String.fromCharCode(64 + index)
}
