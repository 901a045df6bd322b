/**
 * 一、时间安排 → schedule entries. The table gives month and day only
 * ("5.12", "10月20日"); the year comes from the issue date. The 星期 column
 * is a check, not a source: when it disagrees with the date the date wins
 * and the disagreement is reported, because a wrong weekday is the usual
 * typo of a copied-forward notice.
 */
import type { NoticeScheduleEntry } from '../../../contract/notices'
import { daysBetween, isValidDate, isoDate, parseDateCell, parseWeekday, resolveYear, weekdayName, weekdayOf, type CalendarDate } from './dates'
import { readScheduleTable, type TableRow } from './schedule-table'
import { collapseSpaces, foldDigits, quote, type Line } from './text'

export interface DateContext {
  publishedOn: CalendarDate | null
  /** The year, used when the issue date is missing. */
  year: number | null
}

export interface ScheduleResult {
  entries: NoticeScheduleEntry[]
  warnings: string[]
}

export function parseSchedule(lines: Line[], context: DateContext): ScheduleResult {
  const table = readScheduleTable(lines)
  const warnings = [...table.warnings]
  for (const line of table.unread) warnings.push(`时间安排第${line.no}行不在表格中，未读取：${quote(line.text)}`)
  const entries: NoticeScheduleEntry[] = []
  for (const row of table.rows) {
    const entry = readRow(row, context, warnings)
    if (entry) entries.push(entry)
  }
  if (entries.length === 0) warnings.push('时间安排中没有读到任何一行安排')
  return { entries, warnings }
}

/** A line that yields neither a week nor a date is not a row (a note under the table, say) and is reported whole. */
function readRow(row: TableRow, context: DateContext, warnings: string[]): NoticeScheduleEntry | null {
  const rowWarnings: string[] = []
  const week = readWeek(row, rowWarnings)
  const date = readDate(row, context, rowWarnings)
  if (week === null && date === null) {
    warnings.push(`时间安排第${row.no}行无法识别（既没有周次也没有日期），未读取：${quote(row.text)}`)
    return null
  }
  warnings.push(...rowWarnings)
  return {
    week,
    date: date === null ? null : isoDate(date),
    weekday: readWeekday(row, date, warnings),
    organizers: readOrganizers(row, warnings)
  }
}

function readWeek(row: TableRow, warnings: string[]): number | null {
  const cell = row.cells.week?.trim() ?? ''
  const match = /^第?\s*(\d{1,2})\s*周?$/.exec(foldDigits(cell))
  if (match) return Number(match[1])
  warnings.push(cell === '' ? `时间安排第${row.no}行没有周次` : `时间安排第${row.no}行的周次${quote(cell)}无法读取`)
  return null
}

function readDate(row: TableRow, context: DateContext, warnings: string[]): CalendarDate | null {
  const cell = row.cells.date?.trim() ?? ''
  const parsed = parseDateCell(cell)
  const at = `时间安排第${row.no}行的日期${quote(cell)}`
  if (!parsed) {
    warnings.push(cell === '' ? `时间安排第${row.no}行没有日期` : `${at}无法读取（应为“5.12”或“10月20日”）`)
    return null
  }
  const year = parsed.year ?? yearFor(parsed.month, parsed.day, context)
  if (year === null) {
    warnings.push(`${at}无法确定年份：期号和印发日期都没有读到`)
    return null
  }
  const date = { year, month: parsed.month, day: parsed.day }
  if (!isValidDate(date)) {
    warnings.push(`${at}不是有效日期`)
    return null
  }
  if (parsed.rest !== '') warnings.push(`${at}后面的${quote(parsed.rest)}未读取`)
  if (context.publishedOn && daysBetween(context.publishedOn, date) < 0) {
    warnings.push(`${at}（${isoDate(date)}）早于印发日期 ${isoDate(context.publishedOn)}`)
  }
  return date
}

function yearFor(month: number, day: number, context: DateContext): number | null {
  if (context.publishedOn) return resolveYear(month, day, context.publishedOn)
  return context.year
}

function readWeekday(row: TableRow, date: CalendarDate | null, warnings: string[]): number | null {
  const cell = row.cells.weekday?.trim() ?? ''
  const stated = cell === '' ? null : parseWeekday(cell)
  if (cell !== '' && stated === null) warnings.push(`时间安排第${row.no}行的星期${quote(cell)}无法读取`)
  if (date === null) return stated
  const computed = weekdayOf(date)
  if (stated !== null && stated !== computed) {
    warnings.push(`时间安排第${row.no}行：${isoDate(date)} 是${weekdayName(computed)}，与表中的${quote(cell)}不符，已按日期计`)
  }
  return computed
}

const OPENING = '(（[【〔《'
const CLOSING = ')）]】〕》'
const SEPARATORS = '、，,；;'

/** Split on 、，, — but not inside brackets: "党总支（直属党支部、党小组）" is one organizer. */
export function splitOrganizers(cell: string): string[] {
  const parts: string[] = []
  let depth = 0
  let current = ''
  for (const char of cell) {
    if (OPENING.includes(char)) depth += 1
    if (CLOSING.includes(char)) depth = Math.max(0, depth - 1)
    if (depth === 0 && SEPARATORS.includes(char)) {
      parts.push(current)
      current = ''
    } else {
      current += char
    }
  }
  parts.push(current)
  return parts.map(collapseSpaces).filter((part) => part !== '')
}

function readOrganizers(row: TableRow, warnings: string[]): string[] {
  const organizers = splitOrganizers(row.cells.organizers ?? '')
  if (organizers.length === 0) warnings.push(`时间安排第${row.no}行没有组织者`)
  return organizers
}
