import type { OrgActions } from '@contract/org'
import { callOrg } from './call-org'

/** Writes a batch of previewed rows (`import.commit`). */
export function commitImport(payload: OrgActions['import.commit']['payload']): Promise<OrgActions['import.commit']['result']> {
  return callOrg('import.commit', payload)
}
