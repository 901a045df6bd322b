/**
 * 四、学习内容: numbered materials. A title may run over several lines, even
 * across a blank line (Word's page break: 002's material 2 ends "中共中央总",
 * and "书记习近平主持会议\t3" follows after a blank line). A line continues
 * the material above while that material is still open: no page number or
 * link has ended it and its last sentence is unfinished.
 */
import type { NoticeMaterial } from '../../../contract/notices'
import { closesMaterial, readLineParts } from './material-line'
import { continuesUnfinished, splitNumbered, strayWarnings, type Continues, type NumberedItem } from './numbered'
import { joinParts, nonBlank, quote, type Line } from './text'

const LABEL = '学习内容'

export interface MaterialsResult {
  materials: NoticeMaterial[]
  warnings: string[]
}

const continuesMaterial: Continues = (item, line, afterBlank) =>
  !closesMaterial(item.lines[item.lines.length - 1].text) && continuesUnfinished(item, line, afterBlank)

export function parseMaterials(lines: Line[]): MaterialsResult {
  const list = splitNumbered(lines, LABEL, continuesMaterial)
  const warnings = [...list.warnings]
  let items = list.items
  if (items.length === 0 && list.preamble.length > 0) {
    // Without any numbering there is no way to tell a broken title from two materials.
    warnings.push(`${LABEL}没有编号，已按每行一项读取`)
    items = nonBlank(list.preamble).map((line, index) => ({ number: index + 1, lines: [line] }))
  } else {
    for (const line of list.preamble) {
      warnings.push(`${LABEL}第${line.no}行在第一个编号之前，未读取：${quote(line.text)}`)
    }
  }
  warnings.push(...strayWarnings(list.strays, LABEL))
  const materials = items.map((item, index) => toMaterial(item, index + 1, warnings))
  return { materials, warnings }
}

function toMaterial(item: NumberedItem, position: number, warnings: string[]): NoticeMaterial {
  const rests: string[] = []
  const urls: string[] = []
  const pages: number[] = []
  const notes: string[] = []
  for (const line of item.lines) {
    const parts = readLineParts(line.text)
    rests.push(parts.rest)
    urls.push(...parts.urls)
    if (parts.page !== null) pages.push(parts.page)
    notes.push(...parts.notes)
  }
  const title = joinParts(rests)
  const where = `${LABEL}第${item.lines[0].no}行的材料${position}`
  if (title === '') warnings.push(`${where}没有标题`)
  if (urls.length > 1) warnings.push(`${where}有 ${urls.length} 个链接，只保留第一个：${urls[0]}`)
  if (pages.length > 1) warnings.push(`${where}有 ${pages.length} 个页码（${pages.join('、')}），只保留最后一个`)
  return {
    title,
    url: urls[0] ?? null,
    page: pages.length > 0 ? pages[pages.length - 1] : null,
    note: notes.length > 0 ? notes.join('；') : null,
    fullText: null
  }
}
