import type { OrgActions } from '@contract/org'
import { callOrg } from './call-org'

/** One page of a unit's members, optionally filtered by name (`members.list`). */
export function listMembers(payload: OrgActions['members.list']['payload']): Promise<OrgActions['members.list']['result']> {
  return callOrg('members.list', payload)
}
