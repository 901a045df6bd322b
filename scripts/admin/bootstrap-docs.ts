import { randomBytes } from 'node:crypto'
import { pathOf } from '../../cloudfunctions/_shared/domain/org-path'
import type { AuditDoc, InviteDoc, MemberDoc, UnitDoc } from '../../cloudfunctions/_shared/data/org-docs'
import { inviteExpiry, newInviteCode } from '../../cloudfunctions/_shared/domain/org/invite-code'

import { newMemberDoc } from '../../cloudfunctions/org/member-doc'

/** The stored documents of the first administrator's setup, built as the functions build them. */

/** Who the audit trail names for what this tool does: there is no member behind it yet. */
export const BOOTSTRAP_ACTOR = { id: 'admin-bootstrap', name: '上线初始化' }

export function committeeDoc(name: string, at: Date): UnitDoc {
  const id = `u-${randomBytes(8).toString('hex')}` // as org units.create names units
  return { _id: id, name, type: 'committee', parentId: null, path: pathOf(null, id), directlyAttached: false, memberCount: 0, status: 'active', createdAt: at }
}

/** A member of the 党委 itself, with the 组织部 role there: who sets up everything below. */
export function adminMemberDoc(committee: UnitDoc, name: string, phone: string, at: Date): MemberDoc {
  const member = newMemberDoc({ name, phone, type: '正式党员', category: '在职', branch: { id: committee._id, path: committee.path }, groupId: null }, at)
  return { ...member, roles: [...member.roles, { role: 'org_department', unitId: committee._id, unitPath: committee.path }] }
}

export function adminInviteDoc(member: MemberDoc, at: Date): InviteDoc {
  return {
    _id: newInviteCode(),
    memberId: member._id,
    unitPath: member.unitPath,
    createdBy: BOOTSTRAP_ACTOR.id,
    createdAt: at,
    expiresAt: inviteExpiry(at),
    usedAt: null,
    usedBy: null
  }
}

export function bootstrapAudit(committee: UnitDoc, member: MemberDoc, summary: string, at: Date): AuditDoc {
  return {
    _id: `${at.getTime().toString(36)}-${randomBytes(6).toString('hex')}`,
    at,
    actorId: BOOTSTRAP_ACTOR.id,
    actorName: BOOTSTRAP_ACTOR.name,
    action: 'admin.bootstrap',
    unitId: committee._id,
    unitPath: committee.path,
    targetMemberId: member._id,
    summary
  }
}
