/**
 * The lines above 一、时间安排: the title (党员学习教育安排), the issue
 * ("(2020年第3期)"), the compiler ("党委组织部编") and the issue date
 * ("2020年5月7日"). Each may share a line with another (a Word header often
 * puts 编印单位 and date on one line), so each is cut out of the line it is
 * found in and whatever is left over must be the title or is reported.
 */
import { findFullDate, isValidDate, isoDate, type CalendarDate } from './dates'
import { foldDigits, quote, type Line } from './text'

export interface NoticeHeader {
  year: number | null
  issueNo: number | null
  compiledBy: string | null
  publishedOn: CalendarDate | null
  warnings: string[]
}

const ISSUE = /[(（]?\s*(\d{4})\s*年\s*第\s*([0-9]+|[一二三四五六七八九十]+)\s*期\s*[)）]?/
const COMPILED_BY = /^(?:编印单位|编印|编者)\s*[：:]\s*(.+)$|^(.+?)\s*(?:编印|编制|编)$/
/** What a title line looks like; it is recognised so it is not reported, and not returned. */
const TITLE = /学习教育安排|学习安排|学习计划/

const CHINESE_DIGITS = '一二三四五六七八九'

/** "三" → 3, "十二" → 12: issue numbers are sometimes written in Chinese. */
export function chineseNumber(text: string): number | null {
  if (/^\d+$/.test(text)) return Number(text)
  const match = /^([一二三四五六七八九]?)(十?)([一二三四五六七八九]?)$/.exec(text)
  if (!match || text === '') return null
  const [, first, ten, last] = match
  const value = (digit: string): number => CHINESE_DIGITS.indexOf(digit) + 1
  if (ten === '') return last === '' ? value(first) : null
  return (first === '' ? 1 : value(first)) * 10 + (last === '' ? 0 : value(last))
}

export function parseHeader(lines: Line[]): NoticeHeader {
  const header: NoticeHeader = { year: null, issueNo: null, compiledBy: null, publishedOn: null, warnings: [] }
  for (const line of lines) {
    if (line.text === '') continue
    const rest = takeDate(takeIssue(foldDigits(line.text), header, line), header, line)
    readRest(rest, header, line)
  }
  if (header.issueNo === null) header.warnings.push('未找到期号（如“(2020年第3期)”），year 和 issueNo 为空')
  if (header.compiledBy === null) header.warnings.push('未找到编印单位（如“党委组织部编”），compiledBy 为空')
  if (header.publishedOn === null) header.warnings.push('未找到印发日期（如“2020年5月7日”），publishedOn 为空')
  return header
}

function takeIssue(text: string, header: NoticeHeader, line: Line): string {
  const match = ISSUE.exec(text)
  if (!match) return text
  const issueNo = chineseNumber(match[2])
  if (header.issueNo !== null || issueNo === null) {
    header.warnings.push(`第${line.no}行的期号${quote(match[0])}${issueNo === null ? '无法读取' : '与前面的期号重复'}，未采用`)
  } else {
    header.year = Number(match[1])
    header.issueNo = issueNo
  }
  return text.replace(match[0], '').trim()
}

function takeDate(text: string, header: NoticeHeader, line: Line): string {
  const found = findFullDate(text)
  if (!found) return text
  if (!isValidDate(found.date)) {
    header.warnings.push(`第${line.no}行的印发日期${quote(found.matched)}不是有效日期`)
  } else if (header.publishedOn !== null) {
    header.warnings.push(`第${line.no}行又出现一个日期${quote(found.matched)}，已按前面的 ${isoDate(header.publishedOn)} 作为印发日期`)
  } else {
    header.publishedOn = found.date
  }
  return text.replace(found.matched, '').trim()
}

function readRest(rest: string, header: NoticeHeader, line: Line): void {
  if (rest === '') return
  const compiled = COMPILED_BY.exec(rest)
  if (compiled && header.compiledBy === null) {
    header.compiledBy = (compiled[1] ?? compiled[2]).trim()
    return
  }
  if (TITLE.test(rest)) return
  header.warnings.push(`标题区第${line.no}行无法识别，未读取：${quote(rest)}`)
}
