import { useState } from 'react'
import { addImportResults, type ImportCommitResult, type ImportMemberRow, type ImportPreview, type OrgErrorCode, type UnitView } from '@contract/org'
import { toApiError, type ApiError } from '@/api/errors'
import { showDone, showError } from '@/lib/toast'
import { commitImport, getImportTemplate, previewImport } from '../api'
import { chunk } from '../chunk'
import { pickSpreadsheet, saveSpreadsheet } from '../spreadsheet-file'

/** Another import into the same branch kept the chunk from committing; it wrote nothing, so resuming from it is safe. */
export const IMPORT_BUSY: OrgErrorCode = 'IMPORT_BUSY'

/** Rows per import.commit call: small enough for one function invocation's time limit. */
const CHUNK_ROWS = 50

/** What the chunks committed so far added up to; `elsewhere` holds row numbers only. */
type Tally = ImportCommitResult
const NOTHING_YET: Tally = { created: 0, unchanged: 0, elsewhere: [] }

export type ImportStep =
  | { name: 'choose' }
  | { name: 'previewing'; fileName: string }
  | { name: 'preview'; fileName: string; preview: ImportPreview }
  | ({ name: 'committing'; rows: ImportMemberRow[]; done: number; error?: ApiError } & Tally)
  | ({ name: 'finished'; total: number } & Tally)

/** 批量导入's state machine: choose → previewing → preview → committing (resumable) → finished. The page renders the step. */
export interface MemberImport {
  step: ImportStep
  downloading: boolean
  downloadTemplate: () => void
  /** Picks the filled-in .xlsx and has the server check it row by row. */
  chooseFile: () => void
  /** Back to choosing a file (nothing imported). */
  restart: () => void
  /** Imports the preview's valid rows, chunk by chunk. */
  importValid: (preview: ImportPreview) => void
  /** After a failed chunk: go on from where it stopped, or stop with what was imported. */
  resume: (step: Extract<ImportStep, { name: 'committing' }>) => void
  stop: (step: Extract<ImportStep, { name: 'committing' }>) => void
}

const tallyOf = (step: Tally): Tally => ({ created: step.created, unchanged: step.unchanged, elsewhere: step.elsewhere })

export function useMemberImport(unit: UnitView): MemberImport {
  const [step, setStep] = useState<ImportStep>({ name: 'choose' })
  const [downloading, setDownloading] = useState(false)

  const downloadTemplate = async () => {
    if (downloading) return
    setDownloading(true)
    try {
      const { fileName, base64 } = await getImportTemplate()
      await saveSpreadsheet(fileName, base64)
    } catch (error) {
      showError(error)
    } finally {
      setDownloading(false)
    }
  }

  const chooseFile = async () => {
    let picked
    try {
      picked = await pickSpreadsheet()
    } catch (error) {
      showError(error)
      return
    }
    if (!picked) return
    const fileName = picked.name
    setStep({ name: 'previewing', fileName })
    try {
      const preview = await previewImport({ unitId: unit.id, base64: picked.base64 })
      setStep({ name: 'preview', fileName, preview })
    } catch (error) {
      showError(error)
      setStep({ name: 'choose' })
    }
  }

  /** Commits from row `from` on, one chunk per call; stops at the first failure so it can be resumed there. */
  const commit = async (rows: ImportMemberRow[], from: number, before: Tally) => {
    let done = from
    let tally = before
    setStep({ name: 'committing', rows, done, ...tally })
    for (const batch of chunk(rows.slice(from), CHUNK_ROWS)) {
      try {
        const result = await commitImport({ unitId: unit.id, rows: batch })
        done += batch.length
        tally = addImportResults(tally, result)
        setStep({ name: 'committing', rows, done, ...tally })
      } catch (error) {
        setStep({ name: 'committing', rows, done, ...tally, error: toApiError(error) })
        return
      }
    }
    setStep({ name: 'finished', total: rows.length, ...tally })
    showDone('导入完成')
  }

  return {
    step,
    downloading,
    downloadTemplate: () => void downloadTemplate(),
    chooseFile: () => void chooseFile(),
    restart: () => setStep({ name: 'choose' }),
    importValid: (preview) => void commit(preview.validRows, 0, NOTHING_YET),
    resume: (at) => void commit(at.rows, at.done, tallyOf(at)),
    stop: (at) => setStep({ name: 'finished', total: at.done, ...tallyOf(at) })
  }
}
