import { noticeUnitId } from '../domain/notices/counters'
import { pathIds } from '../domain/org-path'
import { meetingUnitId } from '../domain/meetings/attendance'
import { allKeys, bucketId, periodKeys } from '../domain/dashboard/periods'
import { noticePeriodAt } from '../domain/notices/calendar'
import { planIncrements, type CounterMove } from '../domain/counting/counts'
import { applyOnce, clearMarkers } from './counting'
import { database } from './client'
import type { MeetingDoc, MeetingUnitDoc } from './meeting-docs'
import type { NoticeDoc, NoticeUnitDoc } from './notice-docs'
import type { MemberDoc } from './org-docs'
import { readAll } from './query'

/**
 * Denominators that follow the tree. When a member joins a branch, leaves it
 * or moves, the notices still open there (published in the last
 * OPEN_NOTICE_DAYS) and the meetings not yet final count them where they now
 * belong: `assigned` and `invited` move by one at every level that changed,
 * and the period buckets with them. The member document carries the pending
 * change (`follow`, written with the membership itself), so a crash before
 * this runs is finished by the sweep; each step is marked, so it moves once.
 */
export const OPEN_NOTICE_DAYS = 90
const OPEN_MEETING_DAYS = 1

export interface PendingFollow {
  /** Branch paths: null for a member who just joined, or who left. */
  from: string | null
  to: string | null
  at: Date
  /** Tells this change from a later one of the same member. */
  id: string
}

export function pendingFollow(from: string | null, to: string | null, at: Date): PendingFollow {
  return { from, to, at, id: `${at.getTime().toString(36)}-${Math.random().toString(36).slice(2, 10)}` }
}

const branchOf = (path: string | null): string | null => (path ? (pathIds(path).pop() ?? null) : null)

/** +1 at every unit above `to`, −1 at every unit above `from`; units above both do not change. */
function netByUnit(follow: PendingFollow): Map<string, number> {
  const net = new Map<string, number>()
  for (const id of follow.from ? pathIds(follow.from) : []) net.set(id, (net.get(id) ?? 0) - 1)
  for (const id of follow.to ? pathIds(follow.to) : []) net.set(id, (net.get(id) ?? 0) + 1)
  return new Map([...net].filter(([, n]) => n !== 0))
}

/**
 * Moves the denominators for one membership change: every member whose
 * pending `follow` carries this id (one member added, moved or deactivated;
 * or a whole imported chunk, which shares one id).
 */
export async function followChange(followId: string): Promise<boolean> {
  const db = database()
  const _ = db.command
  const members = await readAll<MemberDoc>('members', { 'follow.id': followId }, { follow: true })
  const follows = members.map((m) => m.follow).filter((f): f is PendingFollow => f !== undefined)
  if (follows.length === 0) return false
  const net = new Map<string, number>()
  for (const follow of follows) for (const [unitId, n] of netByUnit(follow)) net.set(unitId, (net.get(unitId) ?? 0) + n)
  for (const [unitId, n] of net) if (n === 0) net.delete(unitId)
  const branches = [...new Set(follows.flatMap((f) => [branchOf(f.from), branchOf(f.to)]).filter((id): id is string => id !== null))]
  const at = follows[0].at
  const moves: CounterMove[] = []
  if (net.size > 0 && branches.length > 0) {
    const since = new Date(at.getTime() - OPEN_NOTICE_DAYS * 86_400_000)
    const noticeIds = [
      ...new Set(
        (await readAll<NoticeUnitDoc>('noticeUnits', { unitId: _.in(branches), publishedAt: _.gte(since) }, { noticeId: true })).map((u) => u.noticeId)
      )
    ]
    const notices = noticeIds.length ? await readAll<NoticeDoc>('notices', { _id: _.in(noticeIds) }, { schedule: true, publishedAt: true }) : []
    for (const notice of notices) {
      const keys = allKeys(periodKeys(noticePeriodAt(notice, notice.publishedAt ?? at)))
      for (const [unitId, n] of net) {
        moves.push({ collection: 'noticeUnits', id: noticeUnitId(notice._id, unitId), delta: { assigned: n } })
        for (const period of keys) moves.push({ collection: 'unitStats', id: bucketId(unitId, period), delta: { noticeAssigned: n } })
      }
    }
    const meetingIds = [
      ...new Set(
        (
          await readAll<MeetingUnitDoc>(
            'meetingUnits',
            { unitId: _.in(branches), startAt: _.gte(new Date(at.getTime() - OPEN_MEETING_DAYS * 86_400_000)) },
            { meetingId: true }
          )
        ).map((u) => u.meetingId)
      )
    ]
    const meetings = meetingIds.length ? await readAll<MeetingDoc>('meetings', { _id: _.in(meetingIds), finalizedAt: null }, { unitType: true }) : []
    for (const meeting of meetings.filter((m) => m.unitType !== 'group')) {
      for (const [unitId, n] of net) moves.push({ collection: 'meetingUnits', id: meetingUnitId(meeting._id, unitId), delta: { invited: n } })
    }
  }
  const groups = planIncrements(moves)
  const marker = `follow-${followId}`
  // A unit that never got the notice or meeting has no counter: its update matches nothing.
  await applyOnce(marker, groups)
  await db.collection('members').where({ 'follow.id': followId }).update({ follow: _.remove() })
  await clearMarkers(marker, groups)
  return true
}

/** The membership changes a crash left unfollowed (for the sweep). */
export async function followPending(limit = 1000): Promise<number> {
  const db = database()
  const { data } = await db
    .collection('members')
    .where({ follow: db.command.exists(true) })
    .field({ follow: true })
    .limit(limit)
    .get()
  let followed = 0
  for (const id of new Set((data as Array<{ follow: PendingFollow }>).map((m) => m.follow.id))) if (await followChange(id)) followed += 1
  return followed
}
