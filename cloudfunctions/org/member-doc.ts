import type { MemberCategory, MemberType } from '../_shared/contract/org'
import type { MemberDoc } from '../_shared/data/org-docs'
import { now } from '../_shared/runtime/clock'
import { memberIdFor } from '../_shared/runtime/member-id'

export interface NewMember {
  name: string
  phone: string
  type: MemberType
  category: MemberCategory
  branch: { id: string; path: string }
  groupId: string | null
}

/** A new active member of a branch, however they arrive (added by hand or imported). */
export function newMemberDoc(input: NewMember, at: Date = now()): MemberDoc {
  return {
    _id: memberIdFor(input.phone),
    name: input.name,
    unitId: input.branch.id,
    unitPath: input.branch.path,
    groupId: input.groupId,
    phone: input.phone,
    type: input.type,
    category: input.category,
    status: 'active',
    roles: [{ role: 'member', unitId: input.branch.id, unitPath: input.branch.path }],
    activityUnitId: null,
    createdAt: at,
    updatedAt: at
  }
}
