import { database } from '../client'
import type { MeetingDoc } from '../meeting-docs'
import { readAll } from '../query'

/** Meetings starting in [from, to): those the daily timer reminds of. */
export function meetingsStartingBetween(from: Date, to: Date): Promise<MeetingDoc[]> {
  const _ = database().command
  return readAll<MeetingDoc>('meetings', { startAt: _.gte(from).and(_.lt(to)) })
}

/** Meetings not yet final that ended in [since, before): those the daily timer finalises. */
export function unfinalizedEndedBetween(since: Date, before: Date): Promise<MeetingDoc[]> {
  const _ = database().command
  return readAll<MeetingDoc>('meetings', { finalizedAt: null, endAt: _.lt(before).and(_.gte(since)) })
}
