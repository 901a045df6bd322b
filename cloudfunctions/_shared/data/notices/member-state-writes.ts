import { noticeMemberId } from '../../domain/notices/counters'
import type { NoticeMemberDoc } from '../notice-docs'
import { writeVersioned } from '../versioned'
import { emptyMemberState } from './member-state'

/**
 * A member's own change to their state for a notice (a read receipt, their
 * answers), by an optimistic versioned write (data/versioned.ts): `change`
 * may run again on a fresher state, returns null for "nothing to write", and
 * may throw to refuse. `known` is the state already read, if any.
 */
export function changeMemberState(
  noticeId: string,
  member: { _id: string; name: string; unitId: string; unitPath: string },
  change: (state: NoticeMemberDoc, existed: boolean) => Partial<NoticeMemberDoc> | null,
  known: NoticeMemberDoc | null
): Promise<{ before: NoticeMemberDoc; after: NoticeMemberDoc | null; existed: boolean }> {
  return writeVersioned<NoticeMemberDoc>('noticeMembers', noticeMemberId(noticeId, member._id), () => emptyMemberState(noticeId, member), change, known)
}
