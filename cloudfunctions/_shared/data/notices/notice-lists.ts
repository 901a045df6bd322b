import { noticeMemberId } from '../../domain/notices/counters'
import { database } from '../client'
import type { NoticeDoc, NoticeMemberDoc, NoticeUnitDoc } from '../notice-docs'

/** The notices' list fields: a list never carries the long texts (materials, purpose, requirements). */
const LIST_FIELDS = { materials: false, purpose: false, requirements: false }

/** A page of the (notice, unit) documents of these units, newest first, and how many there are: two calls, together. */
export async function noticeUnitsPage(unitIds: readonly string[], page: number, pageSize: number): Promise<{ docs: NoticeUnitDoc[]; total: number }> {
  const db = database()
  const where = { unitId: unitIds.length === 1 ? unitIds[0] : db.command.in([...unitIds]) }
  const [{ data }, { total }] = await Promise.all([
    db
      .collection('noticeUnits')
      .where(where)
      .orderBy('publishedAt', 'desc')
      .skip((page - 1) * pageSize)
      .limit(pageSize)
      .get(),
    db.collection('noticeUnits').where(where).count()
  ])
  return { docs: data as NoticeUnitDoc[], total }
}

/** These notices, list fields only: one call. */
export async function noticesForList(ids: readonly string[]): Promise<NoticeDoc[]> {
  const db = database()
  const { data } = await db
    .collection('notices')
    .where({ _id: db.command.in([...ids]) })
    .field(LIST_FIELDS)
    .limit(ids.length)
    .get()
  return data as NoticeDoc[]
}

/** A member's states for these notices (only those they acted on exist): one call. */
export async function memberStatesFor(noticeIds: readonly string[], memberId: string): Promise<NoticeMemberDoc[]> {
  const db = database()
  const { data } = await db
    .collection('noticeMembers')
    .where({ _id: db.command.in(noticeIds.map((id) => noticeMemberId(id, memberId))) })
    .limit(noticeIds.length)
    .get()
  return data as NoticeMemberDoc[]
}

/** The drafts a committee is preparing and the notices it withdrew (a handful at most), list fields only: one call. */
export async function draftsOf(ownerPath: string): Promise<NoticeDoc[]> {
  const { data } = await database()
    .collection('notices')
    .where({ ownerPath, status: database().command.in(['draft', 'withdrawn']) })
    .field(LIST_FIELDS)
    .limit(20)
    .get()
  return data as NoticeDoc[]
}
