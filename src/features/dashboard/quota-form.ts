import type { QuotaKey, QuotaSettings } from '@contract/dashboard-api'
import { QUOTA_LABELS } from '@contract/dashboard-rules'

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
  if (countFrom && !/^\d{4}-\d{2}-\d{2}$/.test(countFrom)) problems.push('起算日期：请按 YYYY-MM-DD 填写，或留空')
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
