import { isVisibleToOthers, moderationLabel } from '../_shared/domain/moderation/text-check'
import type { AttendeeView, LeaveView, MakeupView, MeetingCounters, MeetingSummary, MyAttendance } from '../_shared/contract/meetings-api'
import type { LeaveRecord, MakeupRecord, MeetingDoc, MeetingMemberDoc, MeetingUnitDoc } from '../_shared/data/meeting-docs'

/** The views the client gets, built from stored documents (dates as ISO strings, nothing internal). */

const iso = (at: Date | null | undefined): string | null => (at ? at.toISOString() : null)

export const leaveView = (leave: LeaveRecord | null): LeaveView | null =>
  leave
    ? { reason: leave.reason, requestedAt: leave.requestedAt.toISOString(), decision: leave.decision, comment: leave.comment, decidedAt: iso(leave.decidedAt) }
    : null

export const makeupView = (makeup: MakeupRecord | null): MakeupView | null =>
  makeup
    ? {
        ...(makeup.opensAt ? { opensAt: makeup.opensAt.toISOString() } : {}),
        dueAt: makeup.dueAt.toISOString(),
        reflection: makeup.reflection,
        completedAt: iso(makeup.completedAt)
      }
    : null

/** What a member reads in place of a leave comment that content security holds. */
const HELD_COMMENT = '（审批意见审核中）'

/**
 * The member's own record. Their own texts come with their state (审核中…);
 * the secretary's comment reaches them only once it is clear.
 */
export function myAttendance(state: MeetingMemberDoc | null): MyAttendance {
  const leave = leaveView(state?.leave ?? null)
  if (leave?.comment && !isVisibleToOthers(state?.leaveCommentModeration)) leave.comment = HELD_COMMENT
  return {
    status: state?.status ?? 'pending',
    checkedInAt: iso(state?.checkedInAt),
    leave,
    makeup: makeupView(state?.makeup ?? null),
    moderation: attendanceModeration(state)
  }
}

function attendanceModeration(state: MeetingMemberDoc | null): MyAttendance['moderation'] {
  return {
    leave: moderationLabel(state?.leaveModeration),
    leaveComment: moderationLabel(state?.leaveCommentModeration),
    makeup: moderationLabel(state?.makeupModeration)
  }
}

/** For whoever runs the meeting (the deciders of held texts): every text, each with its state. */
export function attendeeView(member: { _id: string; name: string }, state: MeetingMemberDoc | null): AttendeeView {
  return {
    memberId: member._id,
    name: member.name,
    status: state?.status ?? 'pending',
    checkedInAt: iso(state?.checkedInAt),
    leave: leaveView(state?.leave ?? null),
    makeup: makeupView(state?.makeup ?? null),
    moderation: attendanceModeration(state),
    method: state?.method ?? null,
    manualReason: state?.manualReason ?? null
  }
}

/** The meeting as members (补学) and exported records see it: minutes only once content security cleared them. */
export function releasedMinutes<M extends Pick<MeetingDoc, 'minutes' | 'minutesModeration'>>(meeting: M): M {
  return isVisibleToOthers(meeting.minutesModeration) ? meeting : { ...meeting, minutes: null }
}

export const countersOf = (doc: MeetingUnitDoc): MeetingCounters => ({
  invited: doc.invited,
  present: doc.present,
  late: doc.late,
  leave: doc.leave,
  absent: doc.absent,
  madeUp: doc.madeUp
})

export function summary(meeting: MeetingDoc): MeetingSummary {
  return {
    id: meeting._id,
    type: meeting.type,
    title: meeting.title,
    unitId: meeting.unitId,
    unitName: meeting.unitName,
    startAt: meeting.startAt.toISOString(),
    endAt: meeting.endAt.toISOString(),
    place: meeting.place,
    form: meeting.form,
    fromRule: meeting.fromRule,
    recorded: meeting.finalizedAt !== null && meeting.minutes !== null
  }
}
