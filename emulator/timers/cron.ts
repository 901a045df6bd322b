/**
 * CloudBase timer-trigger cron: seven fields, `second minute hour day month week year`,
 * evaluated in Asia/Shanghai. cron-parser evaluates the first six; the year field
 * (which cron-parser does not know) is checked here.
 *
 * The accepted syntax is CloudBase's, not cron-parser's wider one: only `* , - /`,
 * numbers, and month / weekday names. `?`, `L`, `#`, `H` and `@daily` are rejected
 * here because CloudBase rejects them at deploy time.
 */
import { CronExpressionParser } from 'cron-parser'

export const CRON_TIMEZONE = 'Asia/Shanghai'

export class CronError extends Error {
  constructor(
    readonly expression: string,
    reason: string
  ) {
    super(`定时触发器 cron 表达式无效 "${expression}"：${reason}`)
    this.name = 'CronError'
  }
}

export interface CronSchedule {
  readonly expression: string
  /** The first fire time strictly after `after`, or null when none is left (e.g. a past year). */
  next(after: Date): Date | null
}

interface FieldSpec {
  label: string
  min: number
  max: number
  names?: readonly string[]
}

const MONTHS = ['JAN', 'FEB', 'MAR', 'APR', 'MAY', 'JUN', 'JUL', 'AUG', 'SEP', 'OCT', 'NOV', 'DEC']
const WEEKDAYS = ['SUN', 'MON', 'TUE', 'WED', 'THU', 'FRI', 'SAT']

const FIELDS: readonly FieldSpec[] = [
  { label: '秒', min: 0, max: 59 },
  { label: '分', min: 0, max: 59 },
  { label: '时', min: 0, max: 23 },
  { label: '日', min: 1, max: 31 },
  { label: '月', min: 1, max: 12, names: MONTHS },
  { label: '星期', min: 0, max: 6, names: WEEKDAYS },
  { label: '年', min: 1970, max: 2099 }
]

const FIELD_ORDER = '秒 分 时 日 月 星期 年'

/**
 * Parses one field into the set of values it allows, rejecting what CloudBase rejects.
 * Month and weekday names are numbered (JAN = 1, SUN = 0).
 */
function expandField(expression: string, text: string, spec: FieldSpec): Set<number> {
  const values = new Set<number>()
  const value = (token: string): number => {
    const upper = token.toUpperCase()
    if (spec.names) {
      const index = spec.names.indexOf(upper)
      if (index >= 0) return spec.names === MONTHS ? index + 1 : index
    }
    if (!/^\d+$/.test(token)) {
      throw new CronError(expression, `${spec.label}字段含不支持的值 "${token}"（只支持数字${spec.names ? '或英文缩写' : ''}与 * , - /）`)
    }
    const n = Number(token)
    if (n < spec.min || n > spec.max) {
      throw new CronError(expression, `${spec.label}字段的值 ${n} 超出范围 ${spec.min}-${spec.max}`)
    }
    return n
  }
  for (const item of text.split(',')) {
    if (item === '') throw new CronError(expression, `${spec.label}字段有空的列表项`)
    const [range, stepText, extra] = item.split('/')
    if (extra !== undefined) throw new CronError(expression, `${spec.label}字段 "${item}" 有多个 /`)
    let step = 1
    if (stepText !== undefined) {
      if (!/^\d+$/.test(stepText) || Number(stepText) === 0) {
        throw new CronError(expression, `${spec.label}字段的步长 "${stepText}" 必须是正整数`)
      }
      step = Number(stepText)
    }
    let from: number
    let to: number
    if (range === '*') {
      from = spec.min
      to = spec.max
    } else if (range.includes('-')) {
      const [a, b, more] = range.split('-')
      if (more !== undefined || a === '' || b === '') {
        throw new CronError(expression, `${spec.label}字段的范围 "${range}" 无效`)
      }
      from = value(a)
      to = value(b)
      if (from > to) throw new CronError(expression, `${spec.label}字段的范围 "${range}" 起点大于终点`)
    } else {
      from = value(range)
      // `5/10` means "from 5, every 10" as in SCF; a bare value is just itself.
      to = stepText !== undefined ? spec.max : from
    }
    for (let n = from; n <= to; n += step) values.add(n)
  }
  return values
}

const yearFormatters = new Map<string, Intl.DateTimeFormat>()

/** The calendar year of `date` in `timeZone`. */
export function yearIn(date: Date, timeZone = CRON_TIMEZONE): number {
  let formatter = yearFormatters.get(timeZone)
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', { timeZone, year: 'numeric' })
    yearFormatters.set(timeZone, formatter)
  }
  return Number(formatter.format(date))
}

/** The instant 00:00:00 on 1 January of `year` in `timeZone`. */
function startOfYear(year: number, timeZone: string): Date {
  const guess = Date.UTC(year, 0, 1)
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    second: 'numeric'
  }).formatToParts(new Date(guess))
  const get = (type: string): number => Number(parts.find((p) => p.type === type)?.value)
  const wall = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'), get('second'))
  return new Date(guess - (wall - guess))
}

/**
 * Parses a CloudBase 7-field cron expression; throws `CronError` with the reason when
 * CloudBase would reject it.
 */
export function parseCron(expression: string, timeZone = CRON_TIMEZONE): CronSchedule {
  if (typeof expression !== 'string' || expression.trim() === '') {
    throw new CronError(String(expression), `需要 7 个字段（${FIELD_ORDER}），实际为空`)
  }
  const fields = expression.trim().split(/\s+/)
  if (fields.length !== 7) {
    throw new CronError(expression, `需要 7 个字段（${FIELD_ORDER}），实际 ${fields.length} 个`)
  }
  fields.forEach((field, i) => expandField(expression, field, FIELDS[i]))
  const years = [...expandField(expression, fields[6], FIELDS[6])].sort((a, b) => a - b)
  const allowedYears = new Set(years)
  const sixFields = fields
    .slice(0, 6)
    .map((f) => f.toUpperCase())
    .join(' ')

  const evaluate = (currentDate: Date): Date | null => {
    try {
      return CronExpressionParser.parse(sixFields, { tz: timeZone, currentDate }).next().toDate()
    } catch {
      return null
    }
  }
  // Let cron-parser reject what is syntactically fine but impossible (e.g. 30 February).
  try {
    CronExpressionParser.parse(sixFields, { tz: timeZone })
  } catch (err) {
    const message = (err as Error).message
    throw new CronError(expression, /day of month/i.test(message) ? `日期不存在（${message}）` : message)
  }

  return {
    expression,
    next(after: Date): Date | null {
      let cursor = after
      // Every two rounds at least move to a later allowed year, so this ends.
      for (let round = 0; round <= 2 * years.length + 2; round++) {
        const year = yearIn(cursor, timeZone)
        if (!allowedYears.has(year)) {
          const nextYear = years.find((y) => y > year)
          if (nextYear === undefined) return null
          cursor = new Date(startOfYear(nextYear, timeZone).getTime() - 1000)
        }
        const candidate = evaluate(cursor)
        if (!candidate) return null
        if (allowedYears.has(yearIn(candidate, timeZone))) return candidate
        cursor = candidate
      }
      return null
    }
  }
}
