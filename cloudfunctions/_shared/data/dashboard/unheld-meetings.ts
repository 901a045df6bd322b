import type { UnheldCounts, MemberUnheld } from '../../domain/dashboard/unheld'
import { database } from '../client'

/**
 * What meetings not yet held (attendance not final) hold in the counters,
 * for the dashboard to show apart (domain/dashboard/unheld.ts). Bounded by
 * the meetings still open, never by history: only meetings that start in the
 * period and after `since` (the daily timer closes anything older) are
 * looked at, and the database sums them.
 */

type Range = { from: Date; to: Date }

const startsIn = (range: Range, since: Date) => {
  const _ = database().command
  const from = range.from > since ? range.from : since
  return _.gte(from).and(_.lt(range.to))
}

/** Per unit among `unitIds`, what its meetings of the period not yet held counted: one aggregation, one document back. */
export async function unheldByUnit(unitIds: readonly string[], range: Range, since: Date, now: Date): Promise<Map<string, UnheldCounts>> {
  if (unitIds.length === 0 || range.to <= since) return new Map()
  const db = database()
  const _ = db.command
  const $ = db.command.aggregate
  const { data: list } = (await db
    .collection('meetingUnits')
    .aggregate()
    .match({ unitId: _.in([...unitIds]), startAt: startsIn(range, since) })
    .lookup({ from: 'meetings', localField: 'meetingId', foreignField: '_id', as: 'meeting' })
    .unwind('$meeting')
    .match({ 'meeting.finalizedAt': null })
    .group({
      _id: '$unitId',
      meetings: $.sum(1),
      started: $.sum($.cond([$.lte(['$startAt', now]), 1, 0])),
      invited: $.sum('$invited'),
      present: $.sum('$present'),
      late: $.sum('$late'),
      leave: $.sum('$leave'),
      absent: $.sum('$absent'),
      madeUp: $.sum('$madeUp')
    })
    // Every unit's sums in one document: the read is one document however many units are shown.
    .group({ _id: null, units: $.push('$$ROOT') })
    .limit(1)
    .end()) as { data: Array<{ units: Array<UnheldCounts & { _id: string }> }> }
  return new Map((list[0]?.units ?? []).map(({ _id, ...counts }) => [_id, counts]))
}

/** A unit's meetings not yet held that start in the range, with their counters (one per meeting, the open ones only). */
export async function unheldMeetingsOf(
  unitId: string,
  range: Range,
  since: Date
): Promise<Array<{ startAt: Date } & Omit<UnheldCounts, 'meetings' | 'started'>>> {
  if (range.to <= since) return []
  const db = database()
  const _ = db.command
  const { data: list } = (await db
    .collection('meetingUnits')
    .aggregate()
    .match({ unitId, startAt: startsIn(range, since) })
    .lookup({ from: 'meetings', localField: 'meetingId', foreignField: '_id', as: 'meeting' })
    .unwind('$meeting')
    .match({ 'meeting.finalizedAt': null })
    .project({ _id: 0, startAt: 1, invited: 1, present: 1, late: 1, leave: 1, absent: 1, madeUp: 1 })
    .limit(1000)
    .end()) as { data: Array<{ startAt: Date } & Omit<UnheldCounts, 'meetings' | 'started'>> }
  return list
}

/** Per member among `memberIds`, what their records of the period's meetings not yet held counted (one aggregation; a document per member with any). */
export async function unheldByMember(memberIds: readonly string[], range: Range, since: Date): Promise<Map<string, MemberUnheld>> {
  if (memberIds.length === 0 || range.to <= since) return new Map()
  const db = database()
  const _ = db.command
  const $ = db.command.aggregate
  const counted = (field: string) => $.sum($.ifNull([`$countedAs.${field}`, 0]))
  const result = new Map<string, MemberUnheld>()
  const CHUNK = 500
  for (let i = 0; i < memberIds.length; i += CHUNK) {
    const { data: list } = (await db
      .collection('meetingMembers')
      .aggregate()
      .match({ memberId: _.in(memberIds.slice(i, i + CHUNK)), startAt: startsIn(range, since) })
      .lookup({ from: 'meetings', localField: 'meetingId', foreignField: '_id', as: 'meeting' })
      .unwind('$meeting')
      .match({ 'meeting.finalizedAt': null })
      .group({
        _id: '$memberId',
        present: counted('present'),
        late: counted('late'),
        leave: counted('leave'),
        absent: counted('absent'),
        madeUp: counted('madeUp')
      })
      .limit(CHUNK)
      .end()) as { data: Array<MemberUnheld & { _id: string }> }
    for (const { _id, ...counts } of list) result.set(_id, counts)
  }
  return result
}
