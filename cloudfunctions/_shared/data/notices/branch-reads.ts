import { database } from '../client'
import type { NoticeMemberDoc, NoticeUnitDoc } from '../notice-docs'
import type { MemberDoc } from '../org-docs'
import { prefix, readAll } from '../query'

/** Reads behind a branch's view of a notice: its members, their states, its changes of time, its secretaries. */

/** The active members under `path` (paged through, however many). */
export const activeMembersUnder = (path: string): Promise<MemberDoc[]> => readAll<MemberDoc>('members', { unitPath: prefix(path), status: 'active' })

/** The members' states for a notice, under `path`. */
export const memberStatesUnder = (noticeId: string, path: string): Promise<NoticeMemberDoc[]> =>
  readAll<NoticeMemberDoc>('noticeMembers', { noticeId, unitPath: prefix(path) })

/** Every member state of a notice, wherever the member is. */
export const memberStatesOf = (noticeId: string): Promise<NoticeMemberDoc[]> => readAll<NoticeMemberDoc>('noticeMembers', { noticeId })

/** The (notice, unit) documents of the units that moved their study time. */
export const noticeUnitsWithScheduleChange = (noticeId: string): Promise<NoticeUnitDoc[]> =>
  readAll<NoticeUnitDoc>('noticeUnits', { noticeId, scheduleChange: database().command.neq(null) })

/** The names of a branch's secretaries (a branch has one, rarely a few): one call. */
export async function branchSecretaryNames(unitId: string): Promise<string[]> {
  const { data } = await database()
    .collection('members')
    .where({ unitId, status: 'active', 'roles.role': 'branch_secretary' })
    .field({ name: true })
    .limit(5)
    .get()
  return (data as Array<Pick<MemberDoc, 'name'>>).map((member) => member.name)
}
