import type { HeldAudience } from '../data/moderation/held-store'
import { mailboxesOf, mayReceive } from '../domain/feedback/access'
import { authorizeCapability } from '../domain/org/authorize'
import type { Caller } from '../domain/org/scope'

/**
 * Who decides (释放 / 退回) on a held text: whoever already may read and act
 * on it, and never its author.
 * - A unit's text (answers, minutes, 补学, leave, comments): an officer with
 *   the feature's capability over the unit (the branch secretary, the
 *   党总支书记 and the 组织部 above). Minutes or a comment written by the
 *   branch secretary are thus decided by the officers above them.
 * - A 投诉建议 or its reply: the item's recipient side (mayReceive: the
 *   组织部 or the 党总支书记 it was sent to, never an officer of the sender's
 *   own branch, who must never see it); a reply is decided by another
 *   recipient-side officer, as its author may not decide on it.
 */
export function mayDecide(caller: Caller, audience: HeldAudience, authorId: string): boolean {
  if (caller.memberId === authorId) return false
  if (audience.kind === 'unit') return authorizeCapability(caller, audience.capability, [audience.unitPath]).allowed
  return mayReceive({ memberId: caller.memberId, roles: caller.roles }, audience)
}

/** Where a caller may decide: the unit paths of their officer roles and the 投诉建议 mailboxes they hold (a first cut; mayDecide filters). */
export function decisionScopes(caller: Caller): { paths: string[]; recipientUnitIds: string[] } {
  const paths = caller.roles.filter((grant) => grant.role !== 'member').map((grant) => grant.unitPath)
  const recipientUnitIds = mailboxesOf({ memberId: caller.memberId, roles: caller.roles }).map((box) => box.unitId)
  return { paths: [...new Set(paths)], recipientUnitIds: [...new Set(recipientUnitIds)] }
}
