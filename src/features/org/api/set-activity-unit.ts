import type { OrgActions } from '@contract/org'
import { callOrg } from './call-org'

/** Sets (or clears) the branch where a 流动党员 takes part in 组织生活 (`members.setActivityUnit`). */
export function setActivityUnit(payload: OrgActions['members.setActivityUnit']['payload']): Promise<OrgActions['members.setActivityUnit']['result']> {
  return callOrg('members.setActivityUnit', payload)
}
