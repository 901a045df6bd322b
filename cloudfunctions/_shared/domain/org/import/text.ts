import { stripControls } from '../../text/controls'

/**
 * Turning what Excel/WPS stores into comparable text. Chinese input methods
 * produce full-width digits and punctuation (１３８、＋８６、：) and people pad
 * names with spaces to line them up, so everything is folded before checking.
 */

/** NFKC folds full-width ASCII (０-９, Ａ-Ｚ, ＋, －, ：, （）) and the ideographic space to their plain forms. */
export function fold(text: string): string {
  return text.normalize('NFKC')
}

/** For matching names of units, groups and options: folded, no whitespace at all, case-insensitive. */
export function matchKey(text: string): string {
  return fold(text).replace(/\s+/g, '').toLowerCase()
}

/** Headers may carry decorations: "手机号*", "手机号（必填）", " 所在 支部 ". */
export function headerKey(text: string): string {
  return matchKey(text)
    .replace(/[(（【[].*?[)）】\]]/g, '')
    .replace(/[*＊:：]/g, '')
}

/**
 * "张  三" (padded to align with three-character names) becomes "张三", while
 * spaces between Latin words ("Li Ming") are kept as one.
 */
export function normaliseName(text: string): string {
  return fold(text)
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/ (?=\p{Script=Han})|(?<=\p{Script=Han}) /gu, '')
}

export function charCount(text: string): number {
  // Spread counts code points, so a rare character outside the BMP counts once.
  return [...text].length
}

/**
 * The text a person sees in a cell, whatever exceljs returns for it (string,
 * number, rich text, formula result, hyperlink, error, date). Takes `unknown`
 * because the runtime shapes are wider than exceljs' typings admit.
 */
export function cellText(value: unknown): string {
  if (value === null || value === undefined) return ''
  if (typeof value === 'string') return stripControls(value).trim()
  if (typeof value === 'number') {
    // A phone typed into a General cell arrives as 13800138000; String() keeps all 11 digits.
    return Number.isFinite(value) ? String(value) : ''
  }
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE'
  if (value instanceof Date) return value.toISOString().slice(0, 10)
  if (typeof value === 'object') {
    const record = value as Record<string, unknown>
    if (Array.isArray(record.richText)) {
      return record.richText
        .map((part: unknown) => cellText((part as { text?: unknown }).text))
        .join('')
        .trim()
    }
    if ('formula' in record || 'sharedFormula' in record) return cellText(record.result)
    if ('hyperlink' in record) return cellText(record.text)
    if (typeof record.error === 'string') return record.error
  }
  return ''
}
