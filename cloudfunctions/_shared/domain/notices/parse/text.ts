/**
 * Text normalisation shared by every part of the notice parser. Notices come
 * from Word (via copy-paste or mammoth), WPS and hand-typed .txt files, so the
 * same character appears in full- and half-width forms, with non-breaking or
 * ideographic spaces, and lines end in \r\n. The parser keeps the original
 * characters in what it returns (a title keeps its （） and 〔〕) and folds
 * only where it compares.
 */

import { stripControls } from '../../text/controls'

/** A line of the notice with its 1-based number in the source, for warnings. */
export interface Line {
  no: number
  /** Trimmed; inner tabs are kept because they separate page numbers and table cells. */
  text: string
}

/** Odd spaces that Word and web pages leave behind; they mean an ordinary space. */
const ODD_SPACES = /[\u00a0\u2000-\u200a\u202f\u205f]/g
/** Zero-width characters and stray BOMs carry nothing and break matching. */
const ZERO_WIDTH = /[\u200b-\u200d\u2060\ufeff]/g

export function toLines(raw: string): Line[] {
  const text = stripControls(
    raw
      .replace(/^\ufeff/, '')
      .replace(/\r\n?/g, '\n')
      .replace(ZERO_WIDTH, '')
      .replace(ODD_SPACES, ' ')
  )
  return text.split('\n').map((line, index) => ({ no: index + 1, text: line.trim() }))
}

/** Full-width digits (０-９) typed with a Chinese input method, folded so they parse as numbers. */
export function foldDigits(text: string): string {
  return text.replace(/[０-９]/g, (digit) => String.fromCharCode(digit.charCodeAt(0) - 0xfee0))
}

/** For comparing titles: NFKC, no whitespace, no punctuation or symbols, lower case. */
export function matchKey(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/[\s\p{P}\p{S}]/gu, '')
    .toLowerCase()
}

/** Tabs and runs of spaces inside a title or sentence become one space. */
export function collapseSpaces(text: string): string {
  return text.replace(/[\s\u3000]+/g, ' ').trim()
}

const LATIN_END = /[A-Za-z0-9]$/
const LATIN_START = /^[A-Za-z0-9]/

/**
 * Joins the pieces of a sentence that the source broke across lines. Chinese
 * has no spaces between words, so "中共中央总" + "书记" must become
 * "中共中央总书记"; only two Latin words or numbers keep a space between them.
 */
export function joinParts(parts: string[]): string {
  let joined = ''
  for (const part of parts.map(collapseSpaces).filter((piece) => piece !== '')) {
    const space = LATIN_END.test(joined) && LATIN_START.test(part) ? ' ' : ''
    joined = joined === '' ? part : joined + space + part
  }
  return joined
}

/**
 * A sentence that is complete: what follows it on a new line is a new
 * paragraph, not its continuation. A half-width "." counts only after a
 * Chinese character ("…报党委组织部."), never inside "www.gov.cn" or "No.".
 */
export function endsSentence(text: string): boolean {
  return /(?:[。！？；!?;…]|(?<=\p{Script=Han})\.)[”’」』）)"']*$/u.test(text)
}

/**
 * Paragraphs of a free-text section. Word exports a page break inside a
 * sentence as a paragraph break, so lines are merged until one ends a
 * sentence; each paragraph is one string.
 */
export function joinParagraphs(lines: Line[]): string[] {
  const paragraphs: string[] = []
  let current: string[] = []
  for (const line of lines) {
    if (line.text === '') continue
    current.push(line.text)
    if (endsSentence(line.text)) {
      paragraphs.push(joinParts(current))
      current = []
    }
  }
  if (current.length > 0) paragraphs.push(joinParts(current))
  return paragraphs
}

/** A short quote of a line for a warning, so a warning stays one readable line. */
export function quote(text: string, max = 30): string {
  const chars = [...text]
  return `“${chars.length > max ? `${chars.slice(0, max).join('')}…` : text}”`
}

/** Lines without the blank ones. */
export function nonBlank(lines: Line[]): Line[] {
  return lines.filter((line) => line.text !== '')
}
