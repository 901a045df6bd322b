/**
 * The parts of one line of a material in 学习内容 that are not its title:
 * a link ("<http://…>", "(<http://…>)", "（<…>）" or a bare http address), a
 * page number in the compiled booklet after dot leaders or a tab
 * (".....3", "·····\t8", "\t13") and a note ("(已发支部)").
 */
import { foldDigits } from './text'

export interface LineParts {
  /** What is left: a piece of the title. */
  rest: string
  urls: string[]
  page: number | null
  notes: string[]
}

/** Angle brackets hold a link only when it looks like one; "<党章>" is someone's book-title marks. */
const BRACKETED_LINK = /[(（]\s*<\s*([^<>\s]+)\s*>\s*[)）]|<\s*([^<>\s]+)\s*>/g
const BARE_LINK = /https?:\/\/[^\s<>（）()，,；;、]+/g
const LINK_LIKE = /^(?:https?:\/\/|www\.)|:\/\//i

/**
 * At least two leader characters, or a tab, or a wide gap, then the number at
 * the very end of the line. A number after a single space ("第 9 期") is part
 * of the title.
 */
const PAGE = /(?:\s*[.．·•・…⋯]{2,}\s*|\s*\t\s*|[ \u3000]{2,})(?:第\s*)?(\d{1,4})\s*页?$/

/** A parenthesis whose words say something about delivery rather than the material itself. */
const NOTE = /[(（]\s*((?:已|另|见|请|自行|自学|待|暂|无需|不再|单独|线上|网上)[^()（）]*?)\s*[)）]/g

export function readLineParts(text: string): LineParts {
  const urls: string[] = []
  let rest = text.replace(BRACKETED_LINK, (whole, inParens: string | undefined, bare: string | undefined) => {
    const url = inParens ?? bare ?? ''
    if (!LINK_LIKE.test(url)) return whole
    urls.push(url)
    return ' '
  })
  rest = rest.replace(BARE_LINK, (url) => {
    urls.push(url)
    return ' '
  })
  let page: number | null = null
  // Folding keeps offsets (one character for one), so the match can be cut from the original.
  const pageMatch = PAGE.exec(foldDigits(rest))
  if (pageMatch) {
    page = Number(pageMatch[1])
    rest = rest.slice(0, pageMatch.index)
  }
  const notes: string[] = []
  rest = rest.replace(NOTE, (_whole, note: string) => {
    notes.push(note)
    return ''
  })
  return { rest: rest.trim(), urls, page, notes }
}

/** A line that ends a material: its title is complete once a page number or link follows it. */
export function closesMaterial(text: string): boolean {
  const parts = readLineParts(text)
  return parts.page !== null || parts.urls.length > 0
}
