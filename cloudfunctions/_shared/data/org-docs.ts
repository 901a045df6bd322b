import type { MemberCategory, MemberStatus, MemberType, UnitType } from '../contract/org'
import { type UnitPath } from '../domain/org-path'
import type { StoredRole } from '../domain/org/scope'

/** The stored shapes of the org collections (docs/data-model.md). */
export interface UnitDoc {
  _id: string
  name: string
  type: UnitType
  parentId: string | null
  path: UnitPath
  directlyAttached: boolean
  /** Active members whose unitId is this unit; kept by atomic increments. */
  memberCount: number
  status: 'active'
  createdAt: Date
}

export interface MemberDoc {
  _id: string
  name: string
  /** Set only by redeeming an invite; cleared by a rebind. */
  openid?: string
  /**
   * The one invite that may still bind this member: every new invite or rebind
   * replaces it, so an earlier code stops working; redeeming clears it.
   */
  inviteCode?: string
  /** A membership change whose denominators are still to move (data/membership-follow.ts). */
  follow?: { from: string | null; to: string | null; at: Date; id: string }
  unitId: string
  unitPath: UnitPath
  groupId: string | null
  /** Stored in full for the branch's records; every view masks it. */
  phone: string
  type: MemberType
  category: MemberCategory
  status: MemberStatus
  roles: StoredRole[]
  activityUnitId: string | null
  createdAt: Date
  updatedAt: Date
}

export interface InviteDoc {
  /** The short code itself. */
  _id: string
  memberId: string
  unitPath: UnitPath
  createdBy: string
  createdAt: Date
  expiresAt: Date
  usedAt: Date | null
  usedBy: string | null
}

export interface AuditDoc {
  _id: string
  at: Date
  actorId: string
  actorName: string
  action: string
  unitId: string
  unitPath: UnitPath
  targetMemberId: string | null
  summary: string
}
