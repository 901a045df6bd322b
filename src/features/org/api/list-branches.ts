import type { OrgActions } from '@contract/org'
import { callOrg } from './call-org'

export type BranchOption = OrgActions['units.branches']['result'][number]

/** Every 党支部 of the caller's 党委, for choosing a 流动党员's place of activity (`units.branches`). */
export function listBranches(): Promise<OrgActions['units.branches']['result']> {
  return callOrg('units.branches', {})
}
