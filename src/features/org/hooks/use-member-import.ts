import { useState } from 'react'
import type { ImportCommitResult, ImportMemberRow, ImportPreview, OrgErrorCode, UnitView } from '@contract/org'
import { commitImportInChunks, importTally, NOTHING_IMPORTED, type ImportStep as ContractImportStep } from '@contract/org-import'
import { toApiError, type ApiError } from '@/api/errors'
import { showDone, showError } from '@/lib/toast'
import { commitImport, getImportTemplate, previewImport } from '../api'
import { pickSpreadsheet, saveSpreadsheet } from '../spreadsheet-file'

/** Another import into the same branch kept the chunk from committing; it wrote nothing, so resuming from it is safe. */
export const IMPORT_BUSY: OrgErrorCode = 'IMPORT_BUSY'

export type ImportStep = ContractImportStep<ApiError>

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
  const commit = async (rows: ImportMemberRow[], from: number, before: ImportCommitResult) => {
    const tally = await commitImportInChunks({
      rows,
      from,
      before,
      commit: (batch) => commitImport({ unitId: unit.id, rows: batch }),
      onProgress: (progress) => setStep({ name: 'committing', ...progress }),
      toError: toApiError
    })
    if (!tally) return
    setStep({ name: 'finished', total: rows.length, ...tally })
    showDone('导入完成')
  }

  return {
    step,
    downloading,
    downloadTemplate: () => void downloadTemplate(),
    chooseFile: () => void chooseFile(),
    restart: () => setStep({ name: 'choose' }),
    importValid: (preview) => void commit(preview.validRows, 0, NOTHING_IMPORTED),
    resume: (at) => void commit(at.rows, at.done, at),
    stop: (at) => setStep({ name: 'finished', total: at.done, ...importTally(at) })
  }
}
