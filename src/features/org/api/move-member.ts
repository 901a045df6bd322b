import type { OrgActions } from '@contract/org'
import { callOrg } from './call-org'

/** Moves a member to another unit (and optionally a 党小组) (`members.move`). */
export function moveMember(payload: OrgActions['members.move']['payload']): Promise<OrgActions['members.move']['result']> {
  return callOrg('members.move', payload)
}
