import type { Role } from '../contract/org'
import { database } from './client'
import type { MemberDoc } from './org-docs'

/** Active members holding `role` (at `unitId`, when given): the few a timer writes to. At most `limit`. */
export async function activeMembersWithRole(role: Role, unitId: string | null, limit: number): Promise<MemberDoc[]> {
  const _ = database().command
  const holding = unitId === null ? { 'roles.role': role } : { roles: _.elemMatch({ role, unitId }) }
  const { data } = await database()
    .collection('members')
    .where({ status: 'active', ...holding })
    .limit(limit)
    .get()
  return data as MemberDoc[]
}
