import type { OrgActions } from '@contract/org'
import { callOrg } from './call-org'

/** Binds the calling WeChat user to the member the code was issued for (`invites.redeem`). */
export function redeemInvite(payload: OrgActions['invites.redeem']['payload']): Promise<OrgActions['invites.redeem']['result']> {
  return callOrg('invites.redeem', payload)
}
