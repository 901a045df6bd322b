/**
 * exceljs takes tens of milliseconds to load and adds ~2.4 MB to a bundle; the
 * org function needs it only for the import actions, so it is loaded on first
 * use instead of on every cold start.
 */
import type { Workbook } from 'exceljs'

export async function newWorkbook(): Promise<Workbook> {
  const { Workbook: WorkbookClass } = await import('exceljs')
  return new WorkbookClass()
}
