/**
 * The full texts appended after 六、学习要求, matched to their materials by
 * heading. A heading may span up to three lines (002 breaks material 2's
 * heading in two), so every run of one to three short lines is scored
 * against every material, and the best pairs are taken first: a material's
 * real heading always outscores a passing mention of its title.
 */
import { findFullDate } from './dates'
import { headingScore, titleKeys } from './similarity'
import { endsSentence, foldDigits, matchKey, type Line } from './text'

/** Below this a heading is not trusted to be the material's; the reason goes to the warnings instead. */
export const MATCH_THRESHOLD = 0.8
const MAX_HEADING_LINES = 3
/** Longer lines are paragraphs of body text, never headings. */
const MAX_HEADING_CHARS = 80

export interface Nearest {
  line: Line
  score: number
}

export interface AppendixMatch {
  /** Per material: the index in the region where its full text starts, or null. */
  starts: Array<number | null>
  /** Per material: the best heading found, matched or not (for the warning when not). */
  nearest: Array<Nearest | null>
  /** The earliest start: everything before it belongs to the section above. */
  appendixStart: number | null
  fullTexts: Array<string | null>
}

interface Window {
  first: number
  last: number
  text: string
}

function isHeadingLine(line: Line): boolean {
  return line.text !== '' && [...line.text].length <= MAX_HEADING_CHARS && !endsSentence(line.text)
}

function headingWindows(region: Line[]): Window[] {
  const filled = region.map((line, index) => ({ line, index })).filter(({ line }) => line.text !== '')
  const windows: Window[] = []
  for (let at = 0; at < filled.length; at++) {
    let text = ''
    for (let size = 1; size <= MAX_HEADING_LINES && at + size <= filled.length; size++) {
      const next = filled[at + size - 1]
      if (!isHeadingLine(next.line)) break
      text += next.line.text
      windows.push({ first: filled[at].index, last: next.index, text })
    }
  }
  return windows
}

interface Candidate {
  material: number
  window: Window
  score: number
}

export function matchAppendix(region: Line[], titles: string[]): AppendixMatch {
  const windows = headingWindows(region)
  const candidates: Candidate[] = []
  const nearest: Array<Nearest | null> = titles.map(() => null)
  titles.forEach((title, material) => {
    const keys = titleKeys(title)
    for (const window of windows) {
      const score = headingScore(window.text, keys)
      const best = nearest[material]
      if (!best || score > best.score) nearest[material] = { line: region[window.first], score }
      if (score >= MATCH_THRESHOLD) candidates.push({ material, window, score })
    }
  })
  const assigned = assign(candidates, titles.length)
  const starts = assigned.map((window, material) => (window ? extendToDocument(region, window, titles[material], assigned) : null))
  const present = starts.filter((start): start is number => start !== null)
  return {
    starts,
    nearest,
    appendixStart: present.length > 0 ? Math.min(...present) : null,
    fullTexts: starts.map((start) => (start === null ? null : fullTextFrom(region, start, present)))
  }
}

/** Best pairs first; a material and a heading line are each used once; ties go to the earlier, shorter heading. */
function assign(candidates: Candidate[], count: number): Array<Window | null> {
  const sorted = [...candidates].sort((a, b) => b.score - a.score || a.window.first - b.window.first || a.window.last - b.window.last)
  const chosen: Array<Window | null> = Array.from({ length: count }, () => null)
  const usedLines = new Set<number>()
  for (const { material, window } of sorted) {
    if (chosen[material]) continue
    const lines = Array.from({ length: window.last - window.first + 1 }, (_, offset) => window.first + offset)
    if (lines.some((index) => usedLines.has(index))) continue
    chosen[material] = window
    for (const index of lines) usedLines.add(index)
  }
  return chosen
}

/** 锡组通〔2020〕8号, 苏教安函〔2020〕5号: a document number (文号). */
const DOCUMENT_NUMBER = /[\u4e00-\u9fa5]{1,8}\s*[〔[［【(（]\s*\d{4}\s*[〕\]］】)）]\s*\d{1,4}\s*号/
const LOOK_BACK_LINES = 8
const MAX_ISSUER_CHARS = 20

/**
 * A material listed with its document number ("…指导意见（锡组通〔2020〕8 号）")
 * is the whole document: its letterhead (issuer, number, covering letter)
 * comes before the heading that matched, so the full text starts at the
 * issuer line above the number rather than mid-document, and the letterhead
 * does not end up in the previous material's text.
 */
function extendToDocument(region: Line[], window: Window, title: string, assigned: Array<Window | null>): number {
  const number = DOCUMENT_NUMBER.exec(foldDigits(title))
  if (!number) return window.first
  const key = matchKey(number[0])
  const before = assigned.filter((other): other is Window => other !== null && other.last < window.first)
  const floor = Math.max(-1, ...before.map((other) => other.last))
  const above = region.slice(floor + 1, window.first).map((line, offset) => ({ line, index: floor + 1 + offset }))
  const filled = above.filter(({ line }) => line.text !== '').slice(-LOOK_BACK_LINES)
  const at = filled.findIndex(({ line }) => matchKey(line.text) === key)
  if (at < 0) return window.first
  const issuer = at > 0 ? filled[at - 1] : null
  return issuer && isIssuerLine(issuer.line) ? issuer.index : filled[at].index
}

/** "中共无锡市委组织部": short, not a sentence, not the date line that ends the previous document. */
function isIssuerLine(line: Line): boolean {
  return [...line.text].length <= MAX_ISSUER_CHARS && !endsSentence(line.text) && findFullDate(line.text) === null
}

/** From the start to the next material's start; blank runs folded to one blank line. */
function fullTextFrom(region: Line[], start: number, allStarts: number[]): string {
  const end = Math.min(region.length, ...allStarts.filter((other) => other > start))
  const lines: string[] = []
  for (const line of region.slice(start, end)) {
    if (line.text === '' && (lines.length === 0 || lines[lines.length - 1] === '')) continue
    lines.push(line.text)
  }
  while (lines.length > 0 && lines[lines.length - 1] === '') lines.pop()
  return lines.join('\n')
}
