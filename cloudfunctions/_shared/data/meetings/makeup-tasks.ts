import { database } from '../client'
import type { MeetingDoc, MeetingMemberDoc } from '../meeting-docs'

const SHOWN = 50

/**
 * A member's 补学 tasks with their meetings: open ones soonest due first, or
 * done ones latest first (at most 50): two queries, the second only if any.
 */
export async function makeupTasksOf(memberId: string, done: boolean): Promise<{ states: MeetingMemberDoc[]; meetings: Map<string, MeetingDoc> }> {
  const db = database()
  const _ = db.command
  const where = done ? { memberId, 'makeup.completedAt': _.neq(null) } : { memberId, makeup: _.neq(null), 'makeup.completedAt': null }
  const { data } = await db
    .collection('meetingMembers')
    .where(where)
    .orderBy('startAt', done ? 'desc' : 'asc')
    .limit(SHOWN)
    .get()
  const states = data as MeetingMemberDoc[]
  if (states.length === 0) return { states, meetings: new Map() }
  const { data: meetings } = await db
    .collection('meetings')
    .where({ _id: _.in(states.map((s) => s.meetingId)) })
    .limit(states.length)
    .get()
  return { states, meetings: new Map((meetings as MeetingDoc[]).map((m) => [m._id, m])) }
}
