import type { InviteView } from '@contract/org'

/**
 * Hands an invite from the page that created it to the invite page. The
 * server has no "read invite" action, so the invite's details (who it is for,
 * expiry) exist only here; a reloaded invite page has just its code.
 */
const invites = new Map<string, InviteView>()

export function rememberInvite(invite: InviteView): void {
  invites.set(invite.code, invite)
}

export function recallInvite(code: string): InviteView | undefined {
  return invites.get(code)
}
