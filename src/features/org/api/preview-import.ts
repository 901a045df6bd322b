import type { OrgActions } from '@contract/org'
import { callOrg } from './call-org'

/** Checks an uploaded spreadsheet: valid rows and row errors, nothing written (`import.preview`). */
export function previewImport(payload: OrgActions['import.preview']['payload']): Promise<OrgActions['import.preview']['result']> {
  return callOrg('import.preview', payload)
}
