import type { OrgActions } from '@contract/org'
import { callOrg } from './call-org'

/** Unbinds a member's WeChat and issues a fresh invite (`members.rebind`). */
export function rebindMember(payload: OrgActions['members.rebind']['payload']): Promise<OrgActions['members.rebind']['result']> {
  return callOrg('members.rebind', payload)
}
