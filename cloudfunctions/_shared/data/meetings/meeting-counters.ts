import { meetingUnitId } from '../../domain/meetings/attendance'
import type { MeetingDoc, MeetingUnitDoc } from '../meeting-docs'
import { readAll } from '../query'
import { getById } from '../read'

/** One unit's counters of a meeting: one database call. */
export const loadMeetingUnit = (meetingId: string, unitId: string): Promise<MeetingUnitDoc> =>
  getById<MeetingUnitDoc>('meetingUnits', meetingUnitId(meetingId, unitId), '该会议没有这个组织的统计')

/** Every unit's counters of a meeting (paged reads). */
export const countersOfMeeting = (meetingId: MeetingDoc['_id']): Promise<MeetingUnitDoc[]> => readAll<MeetingUnitDoc>('meetingUnits', { meetingId })

/** What a held meeting adds to each unit's buckets: its unit and how many it invited. */
export const invitedPerUnit = (meetingId: string): Promise<Array<Pick<MeetingUnitDoc, '_id' | 'unitId' | 'invited'>>> =>
  readAll<MeetingUnitDoc>('meetingUnits', { meetingId }, { unitId: true, invited: true })
