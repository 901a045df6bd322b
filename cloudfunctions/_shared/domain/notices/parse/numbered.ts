/**
 * Numbered lists (学习内容, 学习讨论, 学习要求). Offices number with "1." /
 * "1．" / "1、" / "(1)" / "（1）" / "1）" / "①"; the first marker fixes the
 * style of the list, so a "（1）" inside an item numbered "1." is a sub-point
 * of that item and not a new one.
 */
import { endsSentence, foldDigits, quote, type Line } from './text'

export type MarkerStyle = 'dot' | 'comma' | 'paren' | 'close-paren' | 'circled'

export interface Marker {
  style: MarkerStyle
  number: number
  /** The line without its marker. */
  rest: string
}

/** The digit must not be followed by another digit, so "5.12 …" or "1.5 倍" is not the item "5." or "1.". */
const MARKER = /^(?:[(（]\s*(\d{1,2})\s*[)）]|(\d{1,2})\s*([.．、)）])(?!\d)|([\u2460-\u2473]))\s*/

const STYLE_OF: Record<string, MarkerStyle> = { '.': 'dot', '．': 'dot', '、': 'comma', ')': 'close-paren', '）': 'close-paren' }

export function readMarker(text: string): Marker | null {
  const folded = foldDigits(text)
  const match = MARKER.exec(folded)
  if (!match) return null
  // Folding digits keeps lengths (one character for one), so the offset is valid in the original text.
  const rest = text.slice(match[0].length).trim()
  if (match[1]) return { style: 'paren', number: Number(match[1]), rest }
  if (match[4]) return { style: 'circled', number: match[4].charCodeAt(0) - 0x2460 + 1, rest }
  return { style: STYLE_OF[match[3]], number: Number(match[2]), rest }
}

export interface NumberedItem {
  number: number
  /** The item's lines, the first without its marker. */
  lines: Line[]
}

export interface NumberedList {
  items: NumberedItem[]
  /** Lines before the first item. */
  preamble: Line[]
  /** Lines after an item that neither start an item nor continue one. */
  strays: Line[]
  warnings: string[]
}

/**
 * Decides whether a line with no marker of the list's style continues the
 * last item. `afterBlank` tells whether a blank line came between.
 */
export type Continues = (item: NumberedItem, line: Line, afterBlank: boolean) => boolean

/**
 * A new paragraph (after a blank line) continues an item only if the item's
 * last sentence is unfinished: Word turns a title or sentence that runs over
 * a page into two paragraphs, but a finished sentence followed by a new
 * paragraph is something else (a note, the start of an appendix).
 */
export const continuesUnfinished: Continues = (item, _line, afterBlank) => !afterBlank || !endsSentence(item.lines[item.lines.length - 1].text)

export function splitNumbered(lines: Line[], label: string, continues: Continues = continuesUnfinished): NumberedList {
  const list: NumberedList = { items: [], preamble: [], strays: [], warnings: [] }
  let style: MarkerStyle | null = null
  let afterBlank = false
  let straying = false
  for (const line of lines) {
    if (line.text === '') {
      afterBlank = true
      continue
    }
    const marker = readMarker(line.text)
    if (marker && (style === null || marker.style === style)) {
      style = marker.style
      checkNumber(marker, list, label, line)
      list.items.push({ number: marker.number, lines: [{ no: line.no, text: marker.rest }] })
      straying = false
    } else {
      placeUnnumbered(list, line, { afterBlank, straying, nested: marker !== null }, continues)
      straying = list.strays[list.strays.length - 1] === line
    }
    afterBlank = false
  }
  return list
}

function checkNumber(marker: Marker, list: NumberedList, label: string, line: Line): void {
  const expected = list.items.length + 1
  if (marker.number !== expected) {
    list.warnings.push(`${label}第${line.no}行的编号是 ${marker.number}，按顺序应为 ${expected}（已按出现顺序读取）`)
  }
}

interface Placement {
  afterBlank: boolean
  straying: boolean
  /** The line starts with a marker of another style: a sub-point of the current item. */
  nested: boolean
}

function placeUnnumbered(list: NumberedList, line: Line, at: Placement, continues: Continues): void {
  const last = list.items[list.items.length - 1]
  if (!last) {
    list.preamble.push(line)
  } else if (!at.straying && (at.nested || continues(last, line, at.afterBlank))) {
    last.lines.push(line)
  } else {
    list.strays.push(line)
  }
}

/** The text of an item: broken lines joined; a sub-point starts on its own line. */
export function itemParts(item: NumberedItem): string[][] {
  const groups: string[][] = []
  for (const line of item.lines) {
    if (groups.length === 0 || readMarker(line.text) !== null) groups.push([line.text])
    else groups[groups.length - 1].push(line.text)
  }
  return groups
}

/** One warning per line that could not be placed, quoting it. */
export function strayWarnings(lines: Line[], label: string): string[] {
  return lines.map((line) => `${label}第${line.no}行既不是编号条目也不是上一条的续行，未读取：${quote(line.text)}`)
}
