import type { ParticipationRow } from '../_shared/contract/dashboard-api'
import type { NoticeUnitDoc } from '../_shared/data/notice-docs'
import type { UnitStatsDoc } from '../_shared/data/stats'
import { NO_UPCOMING } from '../_shared/domain/dashboard/unheld'

/** Rows of the dashboard from counter documents: nothing is counted here, only copied. */
const drillable = (type: string): boolean => type !== 'group'

export function rowFromBucket(doc: UnitStatsDoc): ParticipationRow {
  return {
    unitId: doc.unitId,
    unitName: doc.unitName,
    unitType: doc.unitType,
    drillable: drillable(doc.unitType),
    notices: doc.notices,
    noticeAssigned: doc.noticeAssigned,
    noticeRead: doc.noticeRead,
    noticeAnswered: doc.noticeAnswered,
    meetingsHeld: doc.meetingsHeld,
    meetingInvited: doc.meetingInvited,
    present: doc.present,
    late: doc.late,
    leave: doc.leave,
    absent: doc.absent,
    madeUp: doc.madeUp,
    scheduleChanges: doc.scheduleChanges,
    upcoming: NO_UPCOMING
  }
}

export function rowFromNoticeUnit(doc: NoticeUnitDoc): ParticipationRow {
  return {
    unitId: doc.unitId,
    unitName: doc.unitName,
    unitType: doc.unitType,
    drillable: drillable(doc.unitType),
    notices: 1,
    noticeAssigned: doc.assigned,
    noticeRead: doc.read,
    noticeAnswered: doc.answered,
    meetingsHeld: 0,
    meetingInvited: 0,
    present: 0,
    late: 0,
    leave: 0,
    absent: 0,
    madeUp: 0,
    scheduleChanges: doc.scheduleChanges ?? 0,
    upcoming: NO_UPCOMING
  }
}

/** A unit nothing has reached yet in this scope: zeros, so it is still listed. */
export function emptyRow(unit: { _id: string; name: string; type: ParticipationRow['unitType'] }): ParticipationRow {
  return {
    unitId: unit._id,
    unitName: unit.name,
    unitType: unit.type,
    drillable: drillable(unit.type),
    notices: 0,
    noticeAssigned: 0,
    noticeRead: 0,
    noticeAnswered: 0,
    meetingsHeld: 0,
    meetingInvited: 0,
    present: 0,
    late: 0,
    leave: 0,
    absent: 0,
    madeUp: 0,
    scheduleChanges: 0,
    upcoming: NO_UPCOMING
  }
}
