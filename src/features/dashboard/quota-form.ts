import type { QuotaKey, QuotaSettings } from '@contract/dashboard-api'
import { DEFAULT_QUOTAS, QUOTA_LABELS, quotaTargets } from '@contract/dashboard-rules'
import { isIsoDate } from '@/lib/calendar'

/**
 * 年度要求设置 as typed: counts as text (what the inputs give), switches and
 * months as they are. Checked here with the server's bounds so the 组织部
 * sees every problem at once; the server checks again.
 */
export interface QuotaForm {
  perYear: Record<QuotaKey, string>
  /** 集体学习 at least once a month. */
  monthly: boolean
  /** 专题研讨 once a quarter. */
  quarterly: boolean
  /** The months a 党课 counts in (around 1 July). */
  lectureMonths: number[]
  educationDays: string
  /** YYYY-MM-DD quotas count from, or '' for each branch from its first use. */
  countFrom: string
}

export const QUOTA_KEYS: QuotaKey[] = ['collectiveStudy', 'thematicDiscussion', 'memberActivity', 'partyLecture', 'specialLifeMeeting', 'democraticEvaluation']

/** The server's bounds (schemas.ts): at most 100 a year, at most 365 days. */
export const MAX_PER_YEAR = 100
export const MAX_EDUCATION_DAYS = 365

export function quotaFormFrom(settings: QuotaSettings): QuotaForm {
  const perYear = Object.fromEntries(QUOTA_KEYS.map((key) => [key, String(settings[key].perYear)])) as Record<QuotaKey, string>
  return {
    perYear,
    monthly: settings.collectiveStudy.monthly,
    quarterly: settings.thematicDiscussion.quarterly,
    lectureMonths: [...settings.partyLecture.months].sort((a, b) => a - b),
    educationDays: String(settings.educationDaysPerMember),
    countFrom: settings.countFrom ?? ''
  }
}

/** A whole number from 0 to `max` as typed, or null. */
function wholeNumber(text: string, max: number): number | null {
  const trimmed = text.trim()
  if (!/^\d+$/.test(trimmed)) return null
  const value = Number(trimmed)
  return value <= max ? value : null
}

/** Adds or removes a month (kept in calendar order). */
export function toggleMonth(months: number[], month: number): number[] {
  return months.includes(month) ? months.filter((m) => m !== month) : [...months, month].sort((a, b) => a - b)
}

export function quotaSettingsFrom(form: QuotaForm): { settings: QuotaSettings | null; problems: string[] } {
  const problems: string[] = []
  const counts = {} as Record<QuotaKey, number>
  for (const key of QUOTA_KEYS) {
    const value = wholeNumber(form.perYear[key], MAX_PER_YEAR)
    if (value === null) problems.push(`${QUOTA_LABELS[key]}：请填写 0 到 ${MAX_PER_YEAR} 的整数`)
    counts[key] = value ?? 0
  }
  if (form.lectureMonths.length === 0) problems.push(`${QUOTA_LABELS.partyLecture}：请至少选择一个月份`)
  const days = wholeNumber(form.educationDays, MAX_EDUCATION_DAYS)
  if (days === null) problems.push(`集中学习培训天数：请填写 0 到 ${MAX_EDUCATION_DAYS} 的整数`)
  const countFrom = form.countFrom.trim()
  const problem = countFromProblem(countFrom)
  if (problem) problems.push(`起算日期：${problem}`)
  if (problems.length > 0) return { settings: null, problems }
  return {
    settings: {
      collectiveStudy: { perYear: counts.collectiveStudy, monthly: form.monthly },
      thematicDiscussion: { perYear: counts.thematicDiscussion, quarterly: form.quarterly },
      memberActivity: { perYear: counts.memberActivity },
      partyLecture: { perYear: counts.partyLecture, months: form.lectureMonths },
      specialLifeMeeting: { perYear: counts.specialLifeMeeting },
      democraticEvaluation: { perYear: counts.democraticEvaluation },
      educationDaysPerMember: days ?? 0,
      countFrom: countFrom || null
    },
    problems
  }
}

/** Whether saving would change anything (the button says so otherwise). */
export function sameSettings(a: QuotaSettings, b: QuotaSettings): boolean {
  return JSON.stringify(quotaFormFrom(a)) === JSON.stringify(quotaFormFrom(b))
}

/** The earliest and latest start dates the form offers (the server's years). */
export const COUNT_FROM_MIN = '2000-01-01'
export const COUNT_FROM_MAX = '2100-12-31'

/** What is wrong with a typed start date ('' is fine: each branch from its first use), or null. */
export function countFromProblem(countFrom: string): string | null {
  if (!countFrom) return null
  if (!isIsoDate(countFrom)) return '请选择一个有效日期（YYYY-MM-DD），或清除'
  if (countFrom < COUNT_FROM_MIN || countFrom > COUNT_FROM_MAX) return '请选择 2000 年到 2100 年之间的日期'
  return null
}

/**
 * The yearly target in force for 集体学习 or 专题研讨 as the form stands,
 * said the way the 年度要求 tab says it ("要求 12 次：每月 1 次 × 12 = 12（…）");
 * null while the number typed is not one.
 */
export function targetInForce(form: QuotaForm, key: 'collectiveStudy' | 'thematicDiscussion'): string | null {
  const perYear = wholeNumber(form.perYear[key], MAX_PER_YEAR)
  if (perYear === null) return null
  const { target, reason } = quotaTargets({
    ...DEFAULT_QUOTAS,
    collectiveStudy: { perYear: key === 'collectiveStudy' ? perYear : DEFAULT_QUOTAS.collectiveStudy.perYear, monthly: form.monthly },
    thematicDiscussion: { perYear: key === 'thematicDiscussion' ? perYear : DEFAULT_QUOTAS.thematicDiscussion.perYear, quarterly: form.quarterly }
  })[key]
  return `要求 ${target} 次：${reason}`
}
