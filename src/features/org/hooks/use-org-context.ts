import type { UnitView } from '@contract/org'
import type { WhoamiMember } from '@contract/me'
import { getUnitTree } from '../api'
import { whoami } from '@/lib/whoami'
import { useRequest } from '@/lib/use-request'

export interface OrgContext {
  /** The caller (null: not a member, so nothing here is theirs to manage). */
  me: WhoamiMember | null
  /** The caller's visible subtree (empty for a non-member). */
  units: UnitView[]
}

/** What every org page needs first: who is asking and the part of the tree they can see. */
export function useOrgContext() {
  return useRequest<OrgContext>(async () => {
    // In parallel; the tree's failure only matters for a member (a non-member has no tree to see).
    const tree = getUnitTree().then(
      (units) => ({ units }),
      (error: unknown) => ({ error })
    )
    const { member } = await whoami()
    if (!member) return { me: null, units: [] }
    const result = await tree
    if ('error' in result) throw result.error
    return { me: member, units: result.units }
  })
}
