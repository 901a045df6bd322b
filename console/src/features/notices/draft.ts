import type { NoticeDraft } from '@contract/notices-api'
import type { ParsedNotice } from '@contract/notices'

/** The header fields a person checks (and fills where the parser found nothing) before saving. */
export interface DraftHeader {
  year: string
  issueNo: string
  compiledBy: string
  publishedOn: string
  theme: string
}

export function headerFromParsed(parsed: ParsedNotice | NoticeDraft): DraftHeader {
  return {
    year: parsed.year === null ? '' : String(parsed.year),
    issueNo: parsed.issueNo === null ? '' : String(parsed.issueNo),
    compiledBy: parsed.compiledBy ?? '党委组织部',
    publishedOn: parsed.publishedOn ?? '',
    theme: parsed.theme ?? ''
  }
}

/** What is missing or wrong in the header, by field, in Chinese (empty: ready to save). */
export function headerProblems(header: DraftHeader): Partial<Record<keyof DraftHeader, string>> {
  const problems: Partial<Record<keyof DraftHeader, string>> = {}
  if (!/^\d{4}$/.test(header.year)) problems.year = '请填写四位年份'
  if (!/^[1-9]\d{0,2}$/.test(header.issueNo)) problems.issueNo = '请填写期号（正整数）'
  if (!header.compiledBy.trim()) problems.compiledBy = '请填写编发单位'
  if (!/^\d{4}-\d{2}-\d{2}$/.test(header.publishedOn)) problems.publishedOn = '请填写印发日期（年-月-日）'
  if (!header.theme.trim()) problems.theme = '请填写学习主题'
  return problems
}

/** The parsed notice with the checked header, as notices.saveDraft takes it. */
export function draftOf(parsed: ParsedNotice | NoticeDraft, header: DraftHeader): NoticeDraft {
  return {
    year: Number(header.year),
    issueNo: Number(header.issueNo),
    compiledBy: header.compiledBy.trim(),
    publishedOn: header.publishedOn,
    schedule: parsed.schedule,
    theme: header.theme.trim(),
    purpose: parsed.purpose ?? '',
    materials: parsed.materials,
    discussion: parsed.discussion,
    requirements: parsed.requirements,
    answerDeadline: 'answerDeadline' in parsed ? parsed.answerDeadline : null
  }
}
