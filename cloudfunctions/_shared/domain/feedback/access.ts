import type { FeedbackRecipient } from '../../contract/feedback-api'
import type { Role } from '../../contract/org'

/** The roles a reader holds, by unit: `{ role, unitId }` as stored on the member. */
export interface ReaderRoles {
  memberId: string
  roles: ReadonlyArray<{ role: Role; unitId: string }>
}

/** What the rule needs of an item; `senderUnitId` and `senderId` are stored, never sent to a recipient. */
export interface FeedbackAddress {
  to: FeedbackRecipient
  recipientUnitId: string
  senderId: string
  senderUnitId: string
}

/** The role that receives each kind of item, held at the item's recipient unit. */
export const RECIPIENT_ROLE: Record<FeedbackRecipient, Role> = {
  org_department: 'org_department',
  general_branch: 'general_branch_secretary'
}

/** Roles that make someone an officer of their branch: a complaint may be about them. */
const BRANCH_OFFICER_ROLES: ReadonlySet<Role> = new Set<Role>(['branch_secretary', 'branch_committee', 'organizer', 'points_recorder'])

/**
 * Whether `reader` may read (and answer) `item` as its recipient: they hold
 * the recipient role at the recipient unit, are not the sender, and hold no
 * officer role in the sender's own unit — even if they also hold the
 * recipient role (one person can be both), the sender's branch never reads it.
 */
export function mayReceive(reader: ReaderRoles, item: FeedbackAddress): boolean {
  if (reader.memberId === item.senderId) return false
  if (reader.roles.some((grant) => grant.unitId === item.senderUnitId && BRANCH_OFFICER_ROLES.has(grant.role))) return false
  return reader.roles.some((grant) => grant.role === RECIPIENT_ROLE[item.to] && grant.unitId === item.recipientUnitId)
}

/** The mailboxes a reader holds: `{ to, unitId }` for each recipient role. */
export function mailboxesOf(reader: ReaderRoles): Array<{ to: FeedbackRecipient; unitId: string }> {
  const out: Array<{ to: FeedbackRecipient; unitId: string }> = []
  for (const grant of reader.roles) {
    if (grant.role === 'org_department') out.push({ to: 'org_department', unitId: grant.unitId })
    if (grant.role === 'general_branch_secretary') out.push({ to: 'general_branch', unitId: grant.unitId })
  }
  return out
}

/** Which unit receives an item from a member at `unitPathIds` (root first): the committee, or the nearest 党总支 on the path. */
export function recipientUnit(to: FeedbackRecipient, path: ReadonlyArray<{ id: string; type: string }>): string | null {
  if (to === 'org_department') return path.find((unit) => unit.type === 'committee')?.id ?? null
  return path.find((unit) => unit.type === 'general_branch')?.id ?? null
}

/** Whole days from `from` to `at`, never negative. */
export function ageDays(from: Date, at: Date): number {
  return Math.max(0, Math.floor((at.getTime() - from.getTime()) / 86_400_000))
}

export const RECIPIENT_LABEL: Record<FeedbackRecipient, string> = { org_department: '组织部', general_branch: '党总支书记' }
