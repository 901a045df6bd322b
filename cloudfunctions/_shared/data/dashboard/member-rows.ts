import { noticeMemberId } from '../../domain/notices/counters'
import type { NoticeMemberDoc } from '../notice-docs'
import type { MemberDoc } from '../org-docs'
import { prefix, readAll } from '../query'
import { findByIds } from '../read'
import { memberStatsId, type MemberStatsDoc } from '../stats'

/** The active members under a path with their names (paged reads). */
export const activeMembersUnder = (path: string): Promise<MemberDoc[]> =>
  readAll<MemberDoc>('members', { unitPath: prefix(path), status: 'active' }, { name: true })

/** These members' states of one notice, by member id (one call per 500). */
export async function noticeStatesOf(noticeId: string, memberIds: readonly string[]): Promise<Map<string, NoticeMemberDoc>> {
  const states = await findByIds<NoticeMemberDoc>(
    'noticeMembers',
    memberIds.map((id) => noticeMemberId(noticeId, id))
  )
  return new Map(states.map((s) => [s.memberId, s]))
}

/** These members' own numbers for a year (one call per 500). */
export const memberYearStats = (memberIds: readonly string[], year: string): Promise<MemberStatsDoc[]> =>
  findByIds<MemberStatsDoc>(
    'memberStats',
    memberIds.map((id) => memberStatsId(id, year))
  )
