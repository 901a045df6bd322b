/**
 * The shape of 一、时间安排's table, before any cell is read. It arrives in
 * three shapes: one line per row with tab-separated cells (copy-paste from
 * Word, 002), one cell per line (mammoth's raw text of a Word table), or
 * space-separated rows typed by hand.
 */
import { nonBlank, quote, type Line } from './text'

export type Column = 'week' | 'date' | 'weekday' | 'organizers'

export const DEFAULT_COLUMNS: Column[] = ['week', 'date', 'weekday', 'organizers']

export interface TableRow {
  /** The row's first line, for warnings. */
  no: number
  /** The row as written, for a warning that quotes it. */
  text: string
  cells: Partial<Record<Column, string>>
}

export interface ScheduleTable {
  rows: TableRow[]
  /** Lines that are not part of the table. */
  unread: Line[]
  warnings: string[]
}

/** "星期" is checked before "周": "周次" is the week, "星期"/"周几" the weekday. */
function columnOf(cell: string): Column | null {
  const text = cell.replace(/\s+/g, '')
  if (/星期|周几|礼拜/.test(text)) return 'weekday'
  if (/周次|教学周|^周$/.test(text)) return 'week'
  if (/日期|时间/.test(text)) return 'date'
  if (/组织|负责|主持|单位/.test(text)) return 'organizers'
  return null
}

/** Cells of a row: tabs, wide gaps and ideographic spaces separate them; a single space may be inside a cell. */
function splitCells(text: string): string[] {
  return text
    .split(/\t+|[ ]{2,}|\u3000+/)
    .map((cell) => cell.trim())
    .filter((cell) => cell !== '')
}

/** Tab-separated rows keep their empty cells ("2\t待定\t\t党总支": no 星期) when the count fits the header. */
function splitTabbed(text: string, count: number): string[] | null {
  const cells = text.split('\t').map((cell) => cell.trim())
  return cells.length === count ? cells : null
}

function headerOf(text: string): Column[] | null {
  let cells = splitCells(text)
  if (cells.length < 2) cells = text.split(/\s+/)
  const columns = cells.map(columnOf)
  return columns.length >= 2 && columns.every((column): column is Column => column !== null) ? columns : null
}

/** A row with fewer cells than columns was typed with single spaces: the last column takes what is left. */
function fitCells(text: string, count: number): string[] {
  const tabbed = splitTabbed(text, count)
  if (tabbed) return tabbed
  const cells = splitCells(text)
  if (cells.length >= count) return [...cells.slice(0, count - 1), cells.slice(count - 1).join('、')]
  const words = text.split(/\s+/)
  return [...words.slice(0, count - 1), words.slice(count - 1).join(' ')]
}

function toRow(no: number, text: string, columns: Column[], cells: string[]): TableRow {
  const row: TableRow = { no, text, cells: {} }
  columns.forEach((column, index) => {
    if (cells[index] !== undefined) row.cells[column] = cells[index]
  })
  return row
}

export function readScheduleTable(lines: Line[]): ScheduleTable {
  const content = nonBlank(lines)
  const rowHeader = content.findIndex((line) => headerOf(line.text) !== null)
  if (rowHeader >= 0) return byRows(content, rowHeader, headerOf(content[rowHeader].text) ?? DEFAULT_COLUMNS)
  const cellHeader = content.findIndex((line) => columnOf(line.text) !== null && [...line.text].length <= 6)
  if (cellHeader >= 0) return byCells(content, cellHeader)
  const table = byRows(content, -1, DEFAULT_COLUMNS)
  if (content.length > 0) table.warnings.unshift('时间安排没有表头，已按“周次 日期 星期 组织者”的顺序读取')
  return table
}

function byRows(content: Line[], headerIndex: number, columns: Column[]): ScheduleTable {
  const rows = content.slice(headerIndex + 1).map((line) => toRow(line.no, line.text, columns, fitCells(line.text, columns.length)))
  return { rows, unread: content.slice(0, Math.max(headerIndex, 0)), warnings: [] }
}

function byCells(content: Line[], start: number): ScheduleTable {
  const columns: Column[] = []
  let index = start
  for (; index < content.length; index++) {
    const column = columnOf(content[index].text)
    if (column === null || [...content[index].text].length > 6) break
    columns.push(column)
  }
  const cells = content.slice(index)
  const rows: TableRow[] = []
  for (let at = 0; at + columns.length <= cells.length; at += columns.length) {
    const group = cells.slice(at, at + columns.length)
    const texts = group.map((line) => line.text)
    rows.push(toRow(group[0].no, texts.join(' '), columns, texts))
  }
  const left = cells.slice(rows.length * columns.length)
  const warnings =
    left.length > 0
      ? [`时间安排第${left[0].no}行起剩下 ${left.length} 格不足一行（共 ${columns.length} 列），未读取：${quote(left.map((line) => line.text).join(' '))}`]
      : []
  return { rows, unread: content.slice(0, start), warnings }
}
