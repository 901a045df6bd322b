/**
 * time and date fields: WeChat wants `15:01` or `2019年10月1日 15:01` (time) and
 * `2019年10月1日` or `2019年10月1日 15:01` (date); a range joins two with "~".
 * ISO dates (`2026-03-01`, `2026-03-01 09:00`) are rewritten that way; an
 * instant (`2026-03-01T01:00:00Z`) is shown in Asia/Shanghai. A date alone is
 * accepted for time too (see docs/deploy.md: WeChat's wording asks for the
 * clock time; the study template's 学习时间 carries a day).
 */
import dayjs from 'dayjs'
import { TZ } from '../calendar'
import type { Fit } from './fields'

const CN_DATE = /^\d{4}年\d{1,2}月\d{1,2}日$/
const CN_DATE_TIME = /^\d{4}年\d{1,2}月\d{1,2}日 ?([01]?\d|2[0-3]):[0-5]\d$/
const CLOCK = /^([01]?\d|2[0-3]):[0-5]\d$/
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/
const ISO_DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})[ T](\d{2}):(\d{2})(:\d{2}(\.\d+)?)?$/
const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/

const cnDate = (y: string, m: string, d: string): string => `${Number(y)}年${Number(m)}月${Number(d)}日`

/** One point in time in WeChat's form, or null when it is not one. */
function normalise(point: string): string | null {
  const text = point.trim()
  if (CN_DATE.test(text) || CN_DATE_TIME.test(text) || CLOCK.test(text)) return text
  let m = ISO_DATE.exec(text)
  if (m) return cnDate(m[1], m[2], m[3])
  if (ISO_INSTANT.test(text)) {
    const local = dayjs(text).tz(TZ)
    return local.isValid() ? local.format('YYYY年M月D日 HH:mm') : null
  }
  m = ISO_DATE_TIME.exec(text)
  if (m) return `${cnDate(m[1], m[2], m[3])} ${m[4]}:${m[5]}`
  return null
}

export function fitTime(kind: 'time' | 'date', value: string): Fit {
  const points = value.split('~')
  if (points.length > 2) return { ok: false, problem: `${kind} 最多是两个时间点的时间段（“~”连接）` }
  const fitted = points.map(normalise)
  if (fitted.some((p) => p === null)) {
    return { ok: false, problem: `${kind} 应为${kind === 'time' ? '“15:01”或“2019年10月1日 15:01”' : '“2019年10月1日”或“2019年10月1日 15:01”'}` }
  }
  if (kind === 'date' && fitted.some((p) => CLOCK.test(p as string))) return { ok: false, problem: 'date 需要年月日' }
  return { ok: true, value: fitted.join('~') }
}
