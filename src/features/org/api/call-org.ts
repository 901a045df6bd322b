import { ORG_FUNCTION } from '@contract/org'
import type { OrgAction, OrgActions } from '@contract/org'
import { callFunction } from '@/api'

/** One call to the `org` function, typed end to end by the contract's action table. */
export function callOrg<A extends OrgAction>(action: A, payload: OrgActions[A]['payload']): Promise<OrgActions[A]['result']> {
  return callFunction<OrgActions[A]['result']>(ORG_FUNCTION, { action, payload })
}
