/**
 * The text of a 学习教育安排 → a structured notice. Reads what it can and
 * says, in `warnings`, what it could not: a person reviews the result before
 * it is published, so nothing is dropped silently and nothing is guessed.
 */
import type { NoticeMaterial, ParsedNotice } from '../../../contract/notices'
import { matchAppendix, type AppendixMatch } from './appendix'
import { isoDate } from './dates'
import { parseHeader } from './header'
import { parseList, type ListResult } from './lists'
import { parseMaterials } from './materials'
import { parseSchedule } from './schedule'
import { strayWarnings } from './numbered'
import { SECTION_LABELS, splitSections, type SectionKind, type SplitNotice } from './sections'
import { joinParagraphs, quote, toLines, type Line } from './text'

export function parseNotice(text: string): ParsedNotice {
  const split = splitSections(toLines(text))
  const header = parseHeader(split.header)
  const warnings = [...header.warnings, ...split.warnings]
  const materials = parseMaterials(linesOf(split, 'materials'))
  const appendix = findAppendix(split, materials.materials)
  const content = (kind: SectionKind): Line[] => cut(split, kind, appendix)

  // Warnings follow the order of the document, so a reviewer can read them alongside it.
  const schedule = parseSchedule(content('schedule'), { publishedOn: header.publishedOn, year: header.year })
  warnings.push(...schedule.warnings)
  const theme = paragraphText(content('theme'), split, 'theme', warnings)
  const purpose = paragraphText(content('purpose'), split, 'purpose', warnings)
  warnings.push(...materials.warnings)
  const discussion = parseList(content('discussion'), '学习讨论')
  const requirements = parseList(content('requirements'), '学习要求')
  const hasAppendixText = leftoverWarnings(split, { discussion, requirements }, warnings)
  const withText = attachFullTexts(materials.materials, appendix, hasAppendixText, warnings)

  return {
    year: header.year,
    issueNo: header.issueNo,
    compiledBy: header.compiledBy,
    publishedOn: header.publishedOn ? isoDate(header.publishedOn) : null,
    schedule: schedule.entries,
    theme,
    purpose,
    materials: withText,
    discussion: discussion.items,
    requirements: requirements.items,
    warnings
  }
}

function linesOf(split: SplitNotice, kind: SectionKind): Line[] {
  return split.sections[kind]?.lines ?? []
}

/**
 * The appendix follows the last section found (六 when the notice is whole).
 * When 学习内容 itself is last there are no titles to look for yet, and the
 * missing sections have already been reported.
 */
function findAppendix(split: SplitNotice, materials: NoticeMaterial[]): AppendixMatch | null {
  if (split.last === null || split.last === 'materials' || materials.length === 0) return null
  return matchAppendix(
    linesOf(split, split.last),
    materials.map((material) => material.title)
  )
}

function cut(split: SplitNotice, kind: SectionKind, appendix: AppendixMatch | null): Line[] {
  const lines = linesOf(split, kind)
  if (kind !== split.last || appendix?.appendixStart == null) return lines
  return lines.slice(0, appendix.appendixStart)
}

function paragraphText(lines: Line[], split: SplitNotice, kind: SectionKind, warnings: string[]): string | null {
  const paragraphs = joinParagraphs(lines)
  if (paragraphs.length > 0) return paragraphs.join('\n')
  if (split.sections[kind]) warnings.push(`“${SECTION_LABELS[kind]}”部分是空的`)
  return null
}

/**
 * Lines after the last discussion question or requirement that belong to
 * neither. In the last section they are the start of an appendix no title
 * matched (or a stray note before it): one warning for the block. Returns
 * whether such a block exists, i.e. whether some appendix text is there.
 */
function leftoverWarnings(split: SplitNotice, lists: { discussion: ListResult; requirements: ListResult }, warnings: string[]): boolean {
  let block = false
  for (const [kind, label, list] of [
    ['discussion', '学习讨论', lists.discussion],
    ['requirements', '学习要求', lists.requirements]
  ] as const) {
    warnings.push(...list.warnings)
    if (list.trailing.length === 0) continue
    if (kind !== split.last) {
      warnings.push(...strayWarnings(list.trailing, label))
      continue
    }
    const first = list.trailing[0]
    const last = list.trailing[list.trailing.length - 1]
    const where = first === last ? `第${first.no}行的文字` : `第${first.no}–${last.no}行的 ${list.trailing.length} 段文字`
    warnings.push(`${where}不属于${label}，也无法与任何学习材料对应，未读取（开头：${quote(first.text)}）`)
    block = true
  }
  return block
}

/** A material with a page number, or with neither link nor note, is expected to be appended in full. */
function expectsFullText(material: NoticeMaterial): boolean {
  return material.page !== null || (material.url === null && material.note === null)
}

function attachFullTexts(materials: NoticeMaterial[], appendix: AppendixMatch | null, hasAppendixText: boolean, warnings: string[]): NoticeMaterial[] {
  const withText = materials.map((material, index) => ({ ...material, fullText: appendix?.fullTexts[index] ?? null }))
  const missing = withText.map((material, index) => ({ material, index })).filter(({ material }) => material.fullText === null && expectsFullText(material))
  if (missing.length === 0) return withText
  if (appendix?.appendixStart == null && !hasAppendixText) {
    warnings.push(`学习要求之后没有附材料全文：材料${missing.map(({ index }) => index + 1).join('、')} 的 fullText 为空`)
    return withText
  }
  for (const { material, index } of missing) {
    const nearest = appendix?.nearest[index]
    const hint = nearest ? `（最接近的是第${nearest.line.no}行${quote(nearest.line.text)}，相似度 ${nearest.score.toFixed(2)}）` : ''
    warnings.push(`材料${index + 1}${quote(material.title)}在附录中找不到标题相符的全文${hint}，fullText 为空`)
  }
  return withText
}
