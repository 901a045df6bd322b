import type { OrgActions } from '@contract/org'
import { callOrg } from './call-org'

/** The member import spreadsheet template, base64 xlsx (`import.template`). */
export function getImportTemplate(): Promise<OrgActions['import.template']['result']> {
  return callOrg('import.template', {})
}
