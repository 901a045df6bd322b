import { meetingUnitId } from '../../domain/meetings/attendance'
import { periodKeys } from '../../domain/dashboard/periods'
import { database } from '../client'
import { openLane } from '../counting'
import { meetingLane } from '../lanes'
import type { MeetingDoc, MeetingUnitDoc } from '../meeting-docs'
import type { UnitDoc } from '../org-docs'
import { readAll } from '../query'
import { ensureBuckets } from '../stats'
import { insertAllOnce } from '../write'
import { saveMeeting } from './meeting-store'

/** A unit the meeting counts for, and how many of its members it invites. */
export interface CountedUnit {
  unit: UnitDoc
  invited: number
}

function counterDoc(doc: MeetingDoc, { unit, invited }: CountedUnit): MeetingUnitDoc {
  return {
    _id: meetingUnitId(doc._id, unit._id),
    meetingId: doc._id,
    unitId: unit._id,
    unitName: unit.name,
    unitType: unit.type,
    unitPath: unit.path,
    type: doc.type,
    startAt: doc.startAt,
    endAt: doc.endAt,
    invited,
    present: 0,
    late: 0,
    leave: 0,
    absent: 0,
    madeUp: 0
  }
}

/**
 * Writes a meeting: its counter documents first (only the missing ones, with
 * deterministic ids), the meeting last, so a retry after a failure finishes
 * the job and a meeting never exists without its counters.
 */
export async function saveMeetingWithCounters(doc: MeetingDoc, counted: readonly CountedUnit[]): Promise<void> {
  const existing = new Set((await readAll<{ _id: string }>('meetingUnits', { meetingId: doc._id }, { _id: true })).map((d) => d._id))
  const missing = counted.filter(({ unit }) => !existing.has(meetingUnitId(doc._id, unit._id))).map((c) => counterDoc(doc, c))
  // Written meanwhile by the same request retried: an existing counter document is not an error.
  await insertAllOnce('meetingUnits', missing)
  await ensureBuckets(
    counted.map(({ unit }) => unit),
    periodKeys(doc.startAt)
  )
  if (existing.size > 0)
    await database().collection('meetingUnits').where({ meetingId: doc._id }).update({ startAt: doc.startAt, endAt: doc.endAt, type: doc.type })
  await openLane(meetingLane.kind, doc._id)
  await saveMeeting(doc)
}
