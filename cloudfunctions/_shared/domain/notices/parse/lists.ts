/**
 * 五、学习讨论 and 六、学习要求: numbered items with the numbering stripped.
 * A section with no numbering at all is read as paragraphs (a single
 * discussion question is rarely numbered, as in 002).
 */
import { itemParts, splitNumbered, strayWarnings } from './numbered'
import { joinParagraphs, joinParts, quote, type Line } from './text'

export interface ListResult {
  items: string[]
  warnings: string[]
  /**
   * Unplaced lines after the last item. In the last section they are text
   * between the list and the first matched appendix heading (or an appendix
   * nothing matched), reported once as a block by the caller.
   */
  trailing: Line[]
}

export function parseList(lines: Line[], label: string): ListResult {
  const list = splitNumbered(lines, label)
  if (list.items.length === 0) return { items: joinParagraphs(lines), warnings: [], trailing: [] }
  const warnings = [...list.warnings]
  for (const line of list.preamble) warnings.push(`${label}第${line.no}行在第一个编号之前，未读取：${quote(line.text)}`)
  const lastStart = list.items[list.items.length - 1].lines[0].no
  const middle = list.strays.filter((line) => line.no < lastStart)
  warnings.push(...strayWarnings(middle, label))
  return {
    items: list.items.map((item) => itemParts(item).map(joinParts).join('\n')),
    warnings,
    trailing: list.strays.filter((line) => line.no > lastStart)
  }
}
