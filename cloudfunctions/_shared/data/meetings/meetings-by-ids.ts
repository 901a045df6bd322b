import { database } from '../client'
import type { MeetingDoc } from '../meeting-docs'
import { readAll } from '../query'

/**
 * Meetings by id in one query of at most `ids.length` (a page of a list:
 * the ids come from at most one page). Empty ids read nothing.
 */
export async function meetingsOnPage(ids: readonly string[]): Promise<MeetingDoc[]> {
  if (ids.length === 0) return []
  const db = database()
  const { data } = await db
    .collection('meetings')
    .where({ _id: db.command.in([...ids]) })
    .limit(ids.length)
    .get()
  return data as MeetingDoc[]
}

/** Meetings by id, however many (paged reads): the year's 主题党日 a rule generates. */
export async function meetingsByIds(ids: readonly string[]): Promise<Map<string, MeetingDoc>> {
  if (ids.length === 0) return new Map()
  const meetings = await readAll<MeetingDoc>('meetings', { _id: database().command.in([...ids]) })
  return new Map(meetings.map((m) => [m._id, m]))
}
