/**
 * The shared kernel's spreadsheet: every export and import builds its
 * workbook here. exceljs takes tens of milliseconds to load and adds ~2.4 MB to a bundle; the
 * functions need it only for imports and exports, so it is loaded on first
 * use instead of on every cold start.
 */
import type { Workbook } from 'exceljs'

export async function newWorkbook(): Promise<Workbook> {
  const loaded = await import('exceljs')
  // A CommonJS package imported from ESM (tsx scripts) arrives under `default`; bundled and in jest it does not.
  const WorkbookClass = loaded.Workbook ?? (loaded as unknown as { default: typeof loaded }).default.Workbook
  return new WorkbookClass()
}
