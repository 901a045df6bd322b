/**
 * Cutting text by characters as WeChat counts them: Unicode code points, so an
 * emoji outside the BMP (a UTF-16 surrogate pair) is one character and is never
 * split. A cut also drops what would dangle at the end (a zero-width joiner, a
 * variation selector, a combining mark) so no half of a joined emoji is left.
 */
export const ELLIPSIS = '…'

export const characters = (text: string): string[] => [...text]

export const lengthOf = (text: string): number => characters(text).length

const DANGLING = /(?:\u200d|\ufe0e|\ufe0f|\p{M}|[\u{1f3fb}-\u{1f3ff}])+$/u

/** The first `max` characters; with `ellipsis`, the first `max - 1` and "…" when the text is longer. */
export function cut(text: string, max: number, ellipsis = ELLIPSIS): string {
  const chars = characters(text)
  if (chars.length <= max) return text
  const keep = max - lengthOf(ellipsis)
  return chars.slice(0, Math.max(keep, 0)).join('').replace(DANGLING, '') + ellipsis
}

/** One line: newlines and runs of spaces become one space, ends trimmed (a field shows on one line). */
export const oneLine = (text: string): string => text.replace(/\s+/gu, ' ').trim()
