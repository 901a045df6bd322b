/**
 * Dates in a notice. Calendar dates only (no time of day), so they are
 * computed with Date.UTC: the weekday of 2020-05-12 is the same in
 * Asia/Shanghai as anywhere, and UTC arithmetic cannot be shifted by the
 * timezone of the machine that runs the parser.
 */
import { foldDigits } from './text'

export interface CalendarDate {
  year: number
  month: number
  day: number
}

const DAY_MS = 24 * 60 * 60 * 1000

export function isValidDate({ year, month, day }: CalendarDate): boolean {
  if (month < 1 || month > 12 || day < 1) return false
  const probe = new Date(Date.UTC(year, month - 1, day))
  return probe.getUTCMonth() === month - 1 && probe.getUTCDate() === day
}

export function isoDate({ year, month, day }: CalendarDate): string {
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`
}

/** 1 = Monday … 7 = Sunday (getUTCDay counts Sunday as 0). */
export function weekdayOf({ year, month, day }: CalendarDate): number {
  const sundayZero = new Date(Date.UTC(year, month - 1, day)).getUTCDay()
  return sundayZero === 0 ? 7 : sundayZero
}

function dayNumber({ year, month, day }: CalendarDate): number {
  return Date.UTC(year, month - 1, day) / DAY_MS
}

/** Days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: CalendarDate, to: CalendarDate): number {
  return dayNumber(to) - dayNumber(from)
}

/** "2020年5月7日", "2020 年 4 月 21 日", "2020.5.7", "2020-05-07", "2020/5/7" anywhere in the text. */
const FULL_DATE = /(\d{4})\s*(?:年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日|[.．\-/](\d{1,2})[.．\-/](\d{1,2})(?!\d))/

export interface FoundDate {
  date: CalendarDate
  /** The matched characters, so a caller can remove them from the line. */
  matched: string
}

/** Finds a full date (with year); null when there is none. Validity is left to the caller. */
export function findFullDate(text: string): FoundDate | null {
  const match = FULL_DATE.exec(foldDigits(text))
  if (!match) return null
  const month = Number(match[2] ?? match[4])
  const day = Number(match[3] ?? match[5])
  return { date: { year: Number(match[1]), month, day }, matched: match[0] }
}

/** A schedule cell: "5.12", "5．12", "10月20日", or with a year ("2020年10月20日", "2020.10.20"). */
const MONTH_DAY = /^(?:(\d{4})\s*[年.．\-/]\s*)?(\d{1,2})\s*(?:[.．\-/]|月)\s*(\d{1,2})\s*日?(.*)$/

export interface ScheduleDateCell {
  year: number | null
  month: number
  day: number
  /** Text after the date ("下午", "14:30"), which the schedule does not keep. */
  rest: string
}

export function parseDateCell(cell: string): ScheduleDateCell | null {
  const match = MONTH_DAY.exec(foldDigits(cell).trim())
  if (!match) return null
  return {
    year: match[1] ? Number(match[1]) : null,
    month: Number(match[2]),
    day: Number(match[3]),
    rest: match[4].trim()
  }
}

/**
 * The year of a month-day from the schedule: the one that puts the date
 * closest to the issue date. A December issue that schedules 1.5 means next
 * January, and a notice issued on 2 January for 12.28 means the December
 * just gone; a plain "same year" rule gets both wrong.
 */
export function resolveYear(month: number, day: number, reference: CalendarDate): number {
  const candidates = [reference.year - 1, reference.year, reference.year + 1]
  let best = reference.year
  let bestDistance = Number.POSITIVE_INFINITY
  for (const year of candidates) {
    const candidate = { year, month, day }
    // 2.29 exists only in leap years; a candidate year without it is not a reading of the cell.
    if (!isValidDate(candidate)) continue
    const distance = Math.abs(daysBetween(reference, candidate))
    if (distance < bestDistance) {
      best = year
      bestDistance = distance
    }
  }
  return best
}

const WEEKDAY_CHARS: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 日: 7, 天: 7, 七: 7 }

/** "二", "星期二", "周二", "礼拜天", "2" → 1–7; null when it is none of these. */
export function parseWeekday(cell: string): number | null {
  const bare = foldDigits(cell)
    .replace(/\s+/g, '')
    .replace(/^(?:星期|礼拜|周)/, '')
  if (/^[1-7]$/.test(bare)) return Number(bare)
  return bare.length === 1 ? (WEEKDAY_CHARS[bare] ?? null) : null
}

const WEEKDAY_NAMES = ['一', '二', '三', '四', '五', '六', '日']

export function weekdayName(weekday: number): string {
  return `星期${WEEKDAY_NAMES[weekday - 1]}`
}
