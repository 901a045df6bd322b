import type { NoticeDraft } from '@contract/notices-api'
import type { NoticeMaterial, ParsedNotice } from '@contract/notices'
import { isIsoDate, shanghaiDay, shanghaiInstant, weekdayOf } from '@/lib/calendar'

/**
 * The import page edits the parsed notice as text fields (numbers and dates
 * as typed), then turns them into the contract's NoticeDraft. The limits
 * mirror the server's schema, so a mistake is named beside the form instead
 * of coming back as one error from the server.
 */

export interface ScheduleRowForm {
  week: string
  date: string
  organizers: string
}

export interface MaterialForm {
  title: string
  url: string
  page: string
  note: string
  /** The appended full text: kept as parsed, editable on request. */
  fullText: string
}

export interface NoticeForm {
  year: string
  issueNo: string
  compiledBy: string
  publishedOn: string
  schedule: ScheduleRowForm[]
  theme: string
  purpose: string
  materials: MaterialForm[]
  discussion: string[]
  requirements: string[]
  /** YYYY-MM-DD, or empty for the server's default (the last scheduled day). */
  answerDeadline: string
}

export const LIMITS = {
  compiledBy: 40,
  theme: 200,
  purpose: 2000,
  materialTitle: 300,
  url: 500,
  note: 40,
  fullText: 100_000,
  question: 500,
  requirement: 1000,
  organizer: 40,
  scheduleRows: 20,
  materials: 50,
  questions: 10,
  requirements: 20
}

const str = (value: string | number | null | undefined): string => (value === null || value === undefined ? '' : String(value))

export function emptyScheduleRow(): ScheduleRowForm {
  return { week: '', date: '', organizers: '' }
}

export function emptyMaterial(): MaterialForm {
  return { title: '', url: '', page: '', note: '', fullText: '' }
}

export function formFromParsed(parsed: ParsedNotice): NoticeForm {
  return {
    year: str(parsed.year),
    issueNo: str(parsed.issueNo),
    compiledBy: parsed.compiledBy ?? '党委组织部',
    publishedOn: parsed.publishedOn ?? '',
    schedule: parsed.schedule.length
      ? parsed.schedule.map((row) => ({ week: str(row.week), date: row.date ?? '', organizers: row.organizers.join('、') }))
      : [emptyScheduleRow()],
    theme: parsed.theme ?? '',
    purpose: parsed.purpose ?? '',
    materials: parsed.materials.map((m) => ({ title: m.title, url: m.url ?? '', page: str(m.page), note: m.note ?? '', fullText: m.fullText ?? '' })),
    discussion: parsed.discussion.length ? [...parsed.discussion] : [''],
    requirements: [...parsed.requirements],
    answerDeadline: ''
  }
}

/**
 * A saved draft back into the form. The deadline is left empty when it is the
 * server's default (the end of the last scheduled day), so it keeps following
 * the schedule if the dates are changed.
 */
export function formFromDraft(draft: NoticeDraft): NoticeForm {
  const form = formFromParsed({ ...draft, warnings: [] })
  const deadline = draft.answerDeadline ? new Date(draft.answerDeadline) : null
  const deadlineDay = deadline && !Number.isNaN(deadline.getTime()) ? shanghaiDay(deadline) : ''
  return { ...form, answerDeadline: deadlineDay && deadlineDay !== lastScheduledDay(form) ? deadlineDay : '' }
}

/** A whole number within [min, max] typed in a field, or undefined. */
function intIn(text: string, min: number, max: number): number | undefined {
  const trimmed = text.trim()
  if (!/^\d+$/.test(trimmed)) return undefined
  const n = Number(trimmed)
  return n >= min && n <= max ? n : undefined
}

function isWebUrl(text: string): boolean {
  return /^https?:\/\/[^\s/$.?#][^\s]*$/i.test(text)
}

export interface FormCheck {
  /** Set when there are no problems. */
  draft?: NoticeDraft
  /** In Chinese, one per thing to fix, in the order of the form. */
  problems: string[]
}

/** Checks the form and builds the draft; blank questions, requirements and rows are dropped, not refused. */
export function draftFromForm(form: NoticeForm): FormCheck {
  const problems: string[] = []
  const year = intIn(form.year, 2000, 2100)
  if (year === undefined) problems.push('年份应为 2000–2100 之间的数字')
  const issueNo = intIn(form.issueNo, 1, 100)
  if (issueNo === undefined) problems.push('期号应为 1–100 之间的数字')
  const compiledBy = form.compiledBy.trim()
  if (!compiledBy) problems.push('请填写编发单位')
  else if (compiledBy.length > LIMITS.compiledBy) problems.push(`编发单位不超过 ${LIMITS.compiledBy} 字`)
  const publishedOn = form.publishedOn.trim()
  if (!isIsoDate(publishedOn)) problems.push('印发日期应写成 YYYY-MM-DD，如 2020-05-07')

  const rows = form.schedule.filter((row) => row.week.trim() || row.date.trim() || row.organizers.trim())
  if (rows.length === 0) problems.push('至少填写一行时间安排')
  if (rows.length > LIMITS.scheduleRows) problems.push(`时间安排不超过 ${LIMITS.scheduleRows} 行`)
  const schedule = rows.map((row, i) => {
    const week = row.week.trim() ? intIn(row.week, 1, 60) : null
    if (week === undefined) problems.push(`时间安排第 ${i + 1} 行：周次应为 1–60 之间的数字`)
    const date = row.date.trim()
    if (date && !isIsoDate(date)) problems.push(`时间安排第 ${i + 1} 行：日期应写成 YYYY-MM-DD`)
    const organizers = row.organizers
      .split(/[、，,;；]/)
      .map((o) => o.trim())
      .filter(Boolean)
    if (organizers.some((o) => o.length > LIMITS.organizer)) problems.push(`时间安排第 ${i + 1} 行：每个组织者不超过 ${LIMITS.organizer} 字`)
    return { week: week ?? null, date: date || null, weekday: date ? weekdayOf(date) : null, organizers: organizers.slice(0, 10) }
  })

  const theme = form.theme.trim()
  if (!theme) problems.push('请填写学习教育主题')
  else if (theme.length > LIMITS.theme) problems.push(`学习教育主题不超过 ${LIMITS.theme} 字`)
  const purpose = form.purpose.trim()
  if (purpose.length > LIMITS.purpose) problems.push(`学习教育目的不超过 ${LIMITS.purpose} 字`)

  if (form.materials.length > LIMITS.materials) problems.push(`学习材料不超过 ${LIMITS.materials} 份`)
  const materials: NoticeMaterial[] = form.materials.map((m, i) => {
    const where = `学习材料 ${i + 1}`
    const title = m.title.trim()
    if (!title) problems.push(`${where}：请填写标题`)
    else if (title.length > LIMITS.materialTitle) problems.push(`${where}：标题不超过 ${LIMITS.materialTitle} 字`)
    const url = m.url.trim()
    if (url && (!isWebUrl(url) || url.length > LIMITS.url)) problems.push(`${where}：链接应以 http:// 或 https:// 开头`)
    const page = m.page.trim() ? intIn(m.page, 1, 9999) : null
    if (page === undefined) problems.push(`${where}：页码应为 1–9999 之间的数字`)
    const note = m.note.trim()
    if (note.length > LIMITS.note) problems.push(`${where}：备注不超过 ${LIMITS.note} 字`)
    if (m.fullText.length > LIMITS.fullText) problems.push(`${where}：全文过长`)
    return { title, url: url || null, page: page ?? null, note: note || null, fullText: m.fullText.trim() ? m.fullText : null }
  })

  const discussion = form.discussion.map((q) => q.trim()).filter(Boolean)
  if (discussion.length === 0) problems.push('至少填写一个讨论题')
  if (discussion.length > LIMITS.questions) problems.push(`讨论题不超过 ${LIMITS.questions} 个`)
  discussion.forEach((q, i) => {
    if (q.length > LIMITS.question) problems.push(`讨论题 ${i + 1}：不超过 ${LIMITS.question} 字`)
  })
  const requirements = form.requirements.map((r) => r.trim()).filter(Boolean)
  if (requirements.length > LIMITS.requirements) problems.push(`学习要求不超过 ${LIMITS.requirements} 条`)
  requirements.forEach((r, i) => {
    if (r.length > LIMITS.requirement) problems.push(`学习要求 ${i + 1}：不超过 ${LIMITS.requirement} 字`)
  })

  const deadlineDay = form.answerDeadline.trim()
  let answerDeadline: string | null = null
  if (deadlineDay) {
    // The end of that Shanghai day, as the server's default deadline is.
    answerDeadline = shanghaiInstant(deadlineDay, '23:59:59')
    if (!answerDeadline) problems.push('回答截止日期应写成 YYYY-MM-DD')
  }

  if (problems.length > 0 || year === undefined || issueNo === undefined) return { problems }
  return {
    problems,
    draft: { year, issueNo, compiledBy, publishedOn, schedule, theme, purpose, materials, discussion, requirements, answerDeadline }
  }
}

/** The last scheduled day (what the server takes as the answer deadline when none is given). */
export function lastScheduledDay(form: NoticeForm): string | null {
  const dates = form.schedule
    .map((row) => row.date.trim())
    .filter(isIsoDate)
    .sort()
  return dates[dates.length - 1] ?? null
}
