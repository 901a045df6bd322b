import type { OrgActions } from '@contract/org'
import { callOrg } from './call-org'

/** Takes a role back (`roles.revoke`). */
export function revokeRole(payload: OrgActions['roles.revoke']['payload']): Promise<OrgActions['roles.revoke']['result']> {
  return callOrg('roles.revoke', payload)
}
