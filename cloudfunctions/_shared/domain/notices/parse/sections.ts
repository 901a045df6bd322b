/**
 * Splits a notice into its header (title, issue, compiler, date) and the six
 * sections 一、时间安排 … 六、学习要求. Sections are recognised by a Chinese
 * numeral and a keyword in a short heading, because a school may write
 * "三．学习目的" or "四 、学习内容：" or drop a section and renumber the rest.
 *
 * The appended full texts have their own "一、总体要求" … "六、有关要求"
 * headings (002's Wuxi guideline), so scanning stops at 学习要求 and numerals
 * must increase: an appendix heading can never be taken for a section.
 */
import { quote, type Line } from './text'

export type SectionKind = 'schedule' | 'theme' | 'purpose' | 'materials' | 'discussion' | 'requirements'

export const SECTION_KINDS: SectionKind[] = ['schedule', 'theme', 'purpose', 'materials', 'discussion', 'requirements']

/** How a warning names a section: the heading 002 uses. */
export const SECTION_LABELS: Record<SectionKind, string> = {
  schedule: '一、时间安排',
  theme: '二、学习教育主题',
  purpose: '三、学习教育目的',
  materials: '四、学习内容',
  discussion: '五、学习讨论',
  requirements: '六、学习要求'
}

const KEYWORDS: Array<[SectionKind, RegExp]> = [
  ['schedule', /时间|日程/],
  ['theme', /主题/],
  ['purpose', /目的|目标/],
  ['materials', /内容|材料/],
  ['discussion', /讨论|思考/],
  ['requirements', /要求/]
]

const NUMERALS = '一二三四五六七八九十'
/** "三、学习教育目的", "三 、 学习教育目的", "三,学习教育目的", "三．学习教育目的：…" */
const HEADING = /^([一二三四五六七八九十])\s*[、,，.．]\s*(.+)$/
/** Longer than this, "X、…" is a sentence in a list, not a section heading. */
const MAX_NAME = 12

export interface Section {
  kind: SectionKind
  heading: Line
  /** Content lines; text after a colon on the heading line comes first, with the heading's line number. */
  lines: Line[]
}

export interface SplitNotice {
  header: Line[]
  sections: Partial<Record<SectionKind, Section>>
  /** The kind of the section found last: its content runs to the end of the text, appendix included. */
  last: SectionKind | null
  warnings: string[]
}

interface Heading {
  numeral: number
  name: string
  inline: string
  kind: SectionKind | null
}

function readHeading(text: string): Heading | null {
  const match = HEADING.exec(text)
  if (!match) return null
  const [name, ...rest] = match[2].split(/[：:]/)
  const trimmedName = name.trim()
  if (trimmedName === '' || [...trimmedName].length > MAX_NAME) return null
  const kind = KEYWORDS.find(([, keyword]) => keyword.test(trimmedName))?.[0] ?? null
  return { numeral: NUMERALS.indexOf(match[1]) + 1, name: trimmedName, inline: rest.join('：').trim(), kind }
}

export function splitSections(lines: Line[]): SplitNotice {
  const result: SplitNotice = { header: [], sections: {}, last: null, warnings: [] }
  let current: Line[] = result.header
  let lastNumeral = 0
  let open: { heading: Line; name: string; lines: Line[] } | null = null
  for (const line of lines) {
    const heading = result.sections.requirements ? null : readHeading(line.text)
    if (!heading || heading.numeral <= lastNumeral) {
      current.push(line)
      continue
    }
    flushUnknown(open, result.warnings)
    open = null
    lastNumeral = heading.numeral
    current = heading.inline === '' ? [] : [{ no: line.no, text: heading.inline }]
    if (heading.kind && !result.sections[heading.kind]) {
      result.sections[heading.kind] = { kind: heading.kind, heading: line, lines: current }
      result.last = heading.kind
    } else {
      // Keep the lines so the warning can say how much was skipped.
      open = { heading: line, name: heading.name, lines: current }
    }
  }
  flushUnknown(open, result.warnings)
  for (const kind of SECTION_KINDS) {
    if (!result.sections[kind]) result.warnings.push(`缺少“${SECTION_LABELS[kind]}”部分`)
  }
  return result
}

function flushUnknown(open: { heading: Line; name: string; lines: Line[] } | null, warnings: string[]): void {
  if (!open) return
  const content = open.lines.filter((line) => line.text !== '').length
  warnings.push(`第${open.heading.no}行的标题${quote(open.heading.text)}不是六个部分之一（或与前面的部分重复），其下 ${content} 行未读取`)
}
