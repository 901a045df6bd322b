import type { HistoryKind } from '../../contract/me'
import { database } from '../client'
import type { MeetingDoc, MeetingMemberDoc } from '../meeting-docs'

export interface HistoryRead {
  states: MeetingMemberDoc[]
  total: number
  meetings: Map<string, MeetingDoc>
}

/**
 * One member's own attendance records, latest meeting first (the
 * `member_start` index): the page and its count, then the page's meetings in
 * one query. Only `memberId`'s documents: the caller's id comes from the
 * OPENID, never from the payload. A record still 'pending' with nothing done
 * (a reminder was sent) is not history.
 */
export async function historyOf(memberId: string, kind: HistoryKind, page: number, pageSize: number): Promise<HistoryRead> {
  const db = database()
  const _ = db.command
  const where: Record<string, unknown> =
    kind === 'leave'
      ? { memberId, leave: _.neq(null) }
      : kind === 'makeup'
        ? { memberId, makeup: _.neq(null) }
        : kind === 'checkin'
          ? { memberId, checkedInAt: _.neq(null) }
          : { memberId, status: _.neq('pending') }
  const [{ data }, { total }] = await Promise.all([
    db
      .collection('meetingMembers')
      .where(where)
      .orderBy('startAt', 'desc')
      .skip((page - 1) * pageSize)
      .limit(pageSize)
      .get(),
    db.collection('meetingMembers').where(where).count()
  ])
  const states = (data as MeetingMemberDoc[]).filter((state) => state.memberId === memberId)
  if (states.length === 0) return { states, total, meetings: new Map() }
  const { data: meetings } = await db
    .collection('meetings')
    .where({ _id: _.in([...new Set(states.map((s) => s.meetingId))]) })
    .limit(states.length)
    .get()
  return { states, total, meetings: new Map((meetings as MeetingDoc[]).map((m) => [m._id, m])) }
}
