import type { OrgActions } from '@contract/org'
import { callOrg } from './call-org'

/** Marks a member transferred out or inactive, with a reason (`members.deactivate`). */
export function deactivateMember(payload: OrgActions['members.deactivate']['payload']): Promise<OrgActions['members.deactivate']['result']> {
  return callOrg('members.deactivate', payload)
}
