/**
 * How alike a listed title and an appendix heading are. The appendix copies
 * each material from its source, so its heading differs from the compiled
 * list in small ways (002: "中央指导组" listed, "中央督导组" appended; spaces
 * inside the heading; the author and source in the list only). Character
 * bigrams suit Chinese, which has no word boundaries: one changed character
 * costs two bigrams out of the whole title.
 */
import { matchKey } from './text'

function bigrams(text: string): Map<string, number> {
  const chars = [...text]
  const counts = new Map<string, number>()
  for (let index = 0; index + 1 < chars.length; index++) {
    const gram = chars[index] + chars[index + 1]
    counts.set(gram, (counts.get(gram) ?? 0) + 1)
  }
  return counts
}

/** Sørensen–Dice over bigram multisets of two match keys: 1 for equal, 0 for nothing in common. */
export function dice(left: string, right: string): number {
  if (left === right) return left === '' ? 0 : 1
  const a = bigrams(left)
  const b = bigrams(right)
  let shared = 0
  let total = 0
  for (const [gram, count] of a) {
    shared += Math.min(count, b.get(gram) ?? 0)
    total += count
  }
  for (const count of b.values()) total += count
  return total === 0 ? 0 : (2 * shared) / total
}

/** "（来源：《群众》2020 年第 9 期）", "（苏教安函〔2020〕5 号）": bibliographic tails the appendix heading lacks. */
function withoutTrailingParens(title: string): string {
  let current = title.trim()
  for (;;) {
    const next = current.replace(/[（(][^（）()]*[）)]\s*$/, '').trim()
    if (next === current || next === '') return current
    current = next
  }
}

/** "娄勤俭：在高质量发展道路上…": the speaker named before a colon, which the appendix puts under the heading. */
function withoutSpeaker(title: string): string {
  const match = /^[^：:《》（）()]{1,10}[：:]\s*(.+)$/.exec(title.trim())
  return match && [...match[1]].length >= 6 ? match[1] : title
}

/** The forms of a title an appendix heading may take, as match keys. */
export function titleKeys(title: string): string[] {
  const forms = [title, withoutTrailingParens(title), withoutSpeaker(title), withoutSpeaker(withoutTrailingParens(title))]
  return [...new Set(forms.map(matchKey))].filter((key) => [...key].length >= 2)
}

/**
 * The best similarity of a heading, with or without a trailing parenthesis
 * ("中国共产党章程（2017年修改）"), to any form of the title.
 */
export function headingScore(heading: string, keys: string[]): number {
  const headingKeys = [...new Set([heading, withoutTrailingParens(heading)].map(matchKey))]
  let best = 0
  for (const key of headingKeys) {
    for (const titleKey of keys) best = Math.max(best, dice(key, titleKey))
  }
  return best
}
