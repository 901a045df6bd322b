/**
 * 听学: the text to read aloud, cut into pieces each engine can take.
 * Pure (no Taro), shared by both platforms and the tests.
 */

/**
 * Characters per piece: far below the 同声传译 plugin's per-call limit (about 1000 UTF-8 bytes, 3 per Chinese
 * character), and short enough that Chrome's speechSynthesis does not stop in the middle of a long utterance.
 */
export const MAX_PIECE_CHARS = 200

const SENTENCE_END = /([。！？!?；;…\n]+)/

/** Cuts `text` into pieces of at most `max` characters, at sentence ends where it can, then at commas, then anywhere (never splitting a surrogate pair). */
export function speechPieces(text: string, max = MAX_PIECE_CHARS): string[] {
  const sentences: string[] = []
  const parts = text.replace(/\r/g, '').split(SENTENCE_END)
  for (let i = 0; i < parts.length; i += 2) sentences.push((parts[i] ?? '') + (parts[i + 1] ?? '').replace(/\n/g, ''))
  const pieces: string[] = []
  let current = ''
  const flush = () => {
    const piece = current.trim()
    if (piece) pieces.push(piece)
    current = ''
  }
  for (const sentence of sentences.flatMap((one) => shorter(one.trim(), max))) {
    if (!sentence) continue
    if ([...current].length + [...sentence].length > max) flush()
    current += sentence
  }
  flush()
  return pieces
}

/** A sentence longer than `max`: cut at commas, then by length. */
function shorter(sentence: string, max: number): string[] {
  if ([...sentence].length <= max) return [sentence]
  const out: string[] = []
  let current = ''
  for (const clause of sentence.split(/(?<=[，,、：:])/)) {
    const chars = [...clause]
    if (chars.length > max) {
      if (current) out.push(current)
      current = ''
      for (let i = 0; i < chars.length; i += max) out.push(chars.slice(i, i + max).join(''))
      continue
    }
    if ([...current].length + chars.length > max) {
      out.push(current)
      current = ''
    }
    current += clause
  }
  if (current) out.push(current)
  return out
}

/** One material as read aloud: its title, then its full text, or where to find it when the notice has no full text. */
export function materialSpeech(material: { title: string; fullText: string | null; page: number | null; note: string | null }): string {
  const body =
    material.fullText ?? `该材料未附全文${material.page ? `，请查阅学习材料汇编第 ${material.page} 页` : ''}${material.note ? `，${material.note}` : ''}。`
  return `${material.title}。\n${body}`
}
