import type { OrgActions } from '@contract/org'
import { callOrg } from './call-org'

/** Issues a single-use invite code for an unbound member (`invites.create`). */
export function createInvite(payload: OrgActions['invites.create']['payload']): Promise<OrgActions['invites.create']['result']> {
  return callOrg('invites.create', payload)
}
