import type { OrgActions } from '@contract/org'
import { callOrg } from './call-org'

/** Grants a role at a unit (`roles.appoint`). */
export function appointRole(payload: OrgActions['roles.appoint']['payload']): Promise<OrgActions['roles.appoint']['result']> {
  return callOrg('roles.appoint', payload)
}
