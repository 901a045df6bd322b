import type { OrgActions } from '@contract/org'
import { callOrg } from './call-org'

/** One page of a unit's audit log, newest first (`audit.list`). */
export function listAudit(payload: OrgActions['audit.list']['payload']): Promise<OrgActions['audit.list']['result']> {
  return callOrg('audit.list', payload)
}
