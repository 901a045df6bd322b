import type { OrgActions } from '@contract/org'
import { callOrg } from './call-org'

/** Adds a member (unbound until they redeem an invite) (`members.add`). */
export function addMember(payload: OrgActions['members.add']['payload']): Promise<OrgActions['members.add']['result']> {
  return callOrg('members.add', payload)
}
