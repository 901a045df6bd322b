/**
 * The client's calendar: dates of notices and meetings are Shanghai dates,
 * whatever the device's zone. Plain functions (no Taro), shared by every
 * feature (the server's twin is cloudfunctions/_shared/domain/calendar).
 */

const SHANGHAI_OFFSET_MS = 8 * 3_600_000
export const DAY_MS = 86_400_000

export const WEEKDAY_NAMES = ['一', '二', '三', '四', '五', '六', '日']

/** "星期二" from 1 = Monday … 7 = Sunday. */
export function weekdayLabel(weekday: number | null): string {
  return weekday && weekday >= 1 && weekday <= 7 ? `星期${WEEKDAY_NAMES[weekday - 1]}` : ''
}

/** 1 = Monday … 7 = Sunday of an ISO date (YYYY-MM-DD), read as a calendar day. */
export function weekdayOf(date: string): number | null {
  if (!isIsoDate(date)) return null
  const [y, m, d] = date.split('-').map(Number)
  const day = new Date(Date.UTC(y, m - 1, d)).getUTCDay()
  return day === 0 ? 7 : day
}

/** A real calendar date written YYYY-MM-DD (2020-02-30 is not). */
export function isIsoDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false
  const [y, m, d] = value.split('-').map(Number)
  const at = new Date(Date.UTC(y, m - 1, d))
  return at.getUTCFullYear() === y && at.getUTCMonth() === m - 1 && at.getUTCDate() === d
}

/** "2020年5月12日" from an ISO date; the text itself when it is not one. */
export function formatDay(date: string | null): string {
  if (!date) return '日期待定'
  if (!isIsoDate(date)) return date
  const [y, m, d] = date.split('-').map(Number)
  return `${y}年${m}月${d}日`
}

/** The Shanghai calendar day of an instant (YYYY-MM-DD). */
export function shanghaiDay(at: Date): string {
  return new Date(at.getTime() + SHANGHAI_OFFSET_MS).toISOString().slice(0, 10)
}

/** "2026-05-12 14:00" in Shanghai time; the raw text when it is not an instant. */
export function formatShanghai(iso: string | null): string {
  if (!iso) return ''
  const at = new Date(iso)
  if (Number.isNaN(at.getTime())) return iso
  const local = new Date(at.getTime() + SHANGHAI_OFFSET_MS).toISOString()
  return `${local.slice(0, 10)} ${local.slice(11, 16)}`
}

/** The instant of a Shanghai date and time, HH:mm (what the date and time pickers give) or HH:mm:ss. */
export function shanghaiInstant(date: string, time: string): string | null {
  if (!isIsoDate(date) || !/^\d{2}:\d{2}(:\d{2})?$/.test(time)) return null
  const at = new Date(`${date}T${time.length === 5 ? `${time}:00` : time}+08:00`)
  return Number.isNaN(at.getTime()) ? null : at.toISOString()
}

/** Midnight starting the next Shanghai day: when 一键催办 is allowed again. */
export function nextShanghaiMidnight(now: Date): string {
  const day = shanghaiDay(now)
  return new Date(new Date(`${day}T00:00:00+08:00`).getTime() + DAY_MS).toISOString()
}
