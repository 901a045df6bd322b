import type { MeetingForm, ThemeDayRule } from '@contract/meetings-api'
import { MEETING_FORMS } from '@contract/meetings-rules'
import { shanghaiDay, shanghaiInstant } from '@/lib/calendar'

/**
 * The monthly 主题党日 rule as the rule page edits and previews it. The server
 * generates the real meetings; this only shows which days the rule means.
 */

const pad = (n: number) => String(n).padStart(2, '0')

/** 1 = Monday … 7 = Sunday of a calendar day given in UTC fields. */
function isoWeekday(day: Date): number {
  const weekday = day.getUTCDay()
  return weekday === 0 ? 7 : weekday
}

/**
 * The nth (1–4, or -1 for the last) given weekday (1 = 周一 … 7 = 周日) of a
 * month (1–12), as a calendar date YYYY-MM-DD. A calendar date is the same in
 * every zone; Asia/Shanghai matters only for "which month is now" and for the
 * instant of its start (themeDayDates).
 */
export function nthWeekdayOfMonth(year: number, month: number, nth: ThemeDayRule['nth'], weekday: ThemeDayRule['weekday']): string {
  let day: number
  if (nth === -1) {
    const last = new Date(Date.UTC(year, month, 0))
    day = last.getUTCDate() - ((isoWeekday(last) - weekday + 7) % 7)
  } else {
    const first = new Date(Date.UTC(year, month - 1, 1))
    day = 1 + ((weekday - isoWeekday(first) + 7) % 7) + (nth - 1) * 7
  }
  return `${year}-${pad(month)}-${pad(day)}`
}

export interface RuleDate {
  /** The Shanghai calendar day, YYYY-MM-DD. */
  date: string
  /** Its start as an instant (ISO). */
  startAt: string
}

/** The rule's days from the current Shanghai month to December that still start after `now`. */
export function themeDayDates(rule: Pick<ThemeDayRule, 'nth' | 'weekday' | 'time'>, now: Date): RuleDate[] {
  const [year, month] = shanghaiDay(now).split('-').map(Number)
  const dates: RuleDate[] = []
  for (let m = month; m <= 12; m += 1) {
    const date = nthWeekdayOfMonth(year, m, rule.nth, rule.weekday)
    const startAt = shanghaiInstant(date, rule.time)
    if (startAt && new Date(startAt).getTime() > now.getTime()) dates.push({ date, startAt })
  }
  return dates
}

export const DEFAULT_DURATION_MINUTES = 120

/** What the rule form holds: text as typed, so a half-typed number is not lost. */
export interface RuleForm {
  nth: ThemeDayRule['nth']
  weekday: ThemeDayRule['weekday']
  time: string
  duration: string
  place: string
  form: MeetingForm
}

export function ruleFormFrom(rule: ThemeDayRule | null): RuleForm {
  if (!rule) return { nth: 2, weekday: 5, time: '15:00', duration: String(DEFAULT_DURATION_MINUTES), place: '', form: '线下' }
  return { nth: rule.nth, weekday: rule.weekday, time: rule.time, duration: String(rule.durationMinutes), place: rule.place, form: rule.form }
}

export function isClockTime(value: string): boolean {
  return /^([01]\d|2[0-3]):[0-5]\d$/.test(value)
}

/** The rule to send, or the problems in Chinese (the same limits the server checks). */
export function ruleFromForm(form: RuleForm): { rule?: ThemeDayRule; problems: string[] } {
  const problems: string[] = []
  const time = form.time.trim()
  const duration = Number(form.duration.trim())
  const place = form.place.trim()
  if (!isClockTime(time)) problems.push('开始时间应写成 HH:mm，如 15:00')
  if (!Number.isInteger(duration) || duration < 15 || duration > 480) problems.push('时长应为 15–480 分钟')
  if (place.length < 2 || place.length > 80) problems.push('请填写地点（2–80 字）')
  if (!MEETING_FORMS.includes(form.form)) problems.push('请选择线下、线上或线上线下')
  if (problems.length) return { problems }
  return { rule: { nth: form.nth, weekday: form.weekday, time, durationMinutes: duration, place, form: form.form }, problems }
}
