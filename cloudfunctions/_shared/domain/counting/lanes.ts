import { allKeys, bucketId, memberStatsId, periodKeys } from '../dashboard/periods'
import { pathIds } from '../org-path'
import { meetingUnitId } from '../meetings/attendance'
import { noticeUnitId } from '../notices/counters'
import type { CounterMove, Counts } from './counts'

/**
 * The two kinds of counted record and where their counts go. Pure: the data
 * layer reads the records and the lane's context and applies the moves.
 */

/** What a meeting lane needs to know about its meeting. */
export interface MeetingLaneContext {
  _id: string
  unitType: string
  startAt: Date
}

export interface AttendanceRecord {
  memberId: string
  unitPath: string
  groupId: string | null
  status: string
  makeup: { completedAt: Date | null } | null
}

const ATTENDANCE_FIELDS = ['present', 'late', 'leave', 'absent'] as const

/**
 * One in the counter of the final status, and one in madeUp once 补学 is done.
 * A 补学 task opens only when its meeting has ended (domain/meetings/makeup.ts,
 * and makeup.submit refuses earlier with MAKEUP_NOT_OPEN), so madeUp never
 * counts a task that was not open: leave approved a week ahead adds nothing
 * to 补学完成率 until the meeting is held and the reflection written.
 */
export function attendanceContribution(record: Pick<AttendanceRecord, 'status' | 'makeup'>): Counts {
  const counts: Counts = {}
  if ((ATTENDANCE_FIELDS as readonly string[]).includes(record.status)) counts[record.status] = 1
  if (record.makeup?.completedAt) counts.madeUp = 1
  return counts
}

export interface NoticeStateRecord {
  memberId: string
  unitPath: string
  readAt: Date | null
  submittedAt: Date | null
}

/** One read once any material was opened, one answered once answers were submitted. */
export function noticeContribution(record: Pick<NoticeStateRecord, 'readAt' | 'submittedAt'>): Counts {
  const counts: Counts = {}
  if (record.readAt) counts.read = 1
  if (record.submittedAt) counts.answered = 1
  return counts
}

/** The same delta in the member's own year document, under every period of the event. */
function memberMoves(memberId: string, at: Date, delta: Counts, rename: (field: string) => string): CounterMove {
  const keys = periodKeys(at)
  const fields: Counts = {}
  for (const period of allKeys(keys)) for (const [field, n] of Object.entries(delta)) fields[`periods.${period}.${rename(field)}`] = n
  return { collection: 'memberStats', id: memberStatsId(memberId, keys.year), delta: fields }
}

function bucketMoves(unitIds: string[], at: Date, delta: Counts, rename: (field: string) => string): CounterMove[] {
  const renamed = Object.fromEntries(Object.entries(delta).map(([field, n]) => [rename(field), n]))
  return unitIds.flatMap((unitId) =>
    allKeys(periodKeys(at)).map((period) => ({ collection: 'unitStats' as const, id: bucketId(unitId, period), delta: renamed }))
  )
}

const same = (field: string): string => field

/** A meeting's counters above the member (and the 党小组 of a group meeting), the period buckets, the member's year. */
export function attendanceMoves(meeting: MeetingLaneContext, record: AttendanceRecord, delta: Counts): CounterMove[] {
  const unitIds = [...pathIds(record.unitPath), ...(meeting.unitType === 'group' && record.groupId ? [record.groupId] : [])]
  return [
    ...unitIds.map((unitId) => ({ collection: 'meetingUnits' as const, id: meetingUnitId(meeting._id, unitId), delta })),
    ...bucketMoves(unitIds, meeting.startAt, delta, same),
    memberMoves(record.memberId, meeting.startAt, delta, same)
  ]
}

export interface NoticeLaneContext {
  _id: string
  /** The instant the notice counts at in period statistics (noticePeriodAt). */
  periodAt: Date
}

const STATS_FIELD: Record<string, string> = { read: 'noticeRead', answered: 'noticeAnswered' }
const statsField = (field: string): string => STATS_FIELD[field] ?? field

export function noticeMoves(notice: NoticeLaneContext, record: NoticeStateRecord, delta: Counts): CounterMove[] {
  const unitIds = pathIds(record.unitPath)
  return [
    ...unitIds.map((unitId) => ({ collection: 'noticeUnits' as const, id: noticeUnitId(notice._id, unitId), delta })),
    ...bucketMoves(unitIds, notice.periodAt, delta, statsField),
    memberMoves(record.memberId, notice.periodAt, delta, statsField)
  ]
}
