import { MEETINGS_FUNCTION, type MeetingsAction, type MeetingsActions } from '@contract/meetings-api'
import { callFunction } from '@/api'

/**
 * Every client call to 组织生活 (`meetings` function), one typed function per action,
 * in one module so a feature's server surface reads at a glance.
 */

/** One call to the `meetings` function, typed end to end by the contract's action table. */
export function callMeetings<A extends MeetingsAction>(action: A, payload: MeetingsActions[A]['payload']): Promise<MeetingsActions[A]['result']> {
  return callFunction<MeetingsActions[A]['result']>(MEETINGS_FUNCTION, { action, payload })
}

/** A new meeting of a unit the caller runs; its members are invited (`meetings.create`). */
export function createMeeting(payload: MeetingsActions['meetings.create']['payload']): Promise<MeetingsActions['meetings.create']['result']> {
  return callMeetings('meetings.create', payload)
}

/** Approves or refuses a leave request, with an optional comment the member sees (`leave.decide`). */
export function decideLeave(payload: MeetingsActions['leave.decide']['payload']): Promise<MeetingsActions['leave.decide']['result']> {
  return callMeetings('leave.decide', payload)
}

/** The meeting's record (attendance and minutes) as a .docx (`meetings.export`). */
export function exportMeeting(payload: MeetingsActions['meetings.export']['payload']): Promise<MeetingsActions['meetings.export']['result']> {
  return callMeetings('meetings.export', payload)
}

/** The host's current check-in code (it rotates every 30 seconds) and the window's phase (`checkin.code`). */
export function getCheckinCode(payload: MeetingsActions['checkin.code']['payload']): Promise<MeetingsActions['checkin.code']['result']> {
  return callMeetings('checkin.code', payload)
}

/** One meeting with the caller's own attendance, and whether they may run it (`meetings.get`). */
export function getMeeting(payload: MeetingsActions['meetings.get']['payload']): Promise<MeetingsActions['meetings.get']['result']> {
  return callMeetings('meetings.get', payload)
}

/** A branch's monthly 主题党日 rule, or null before one is set (`rule.get`). */
export function getRule(payload: MeetingsActions['rule.get']['payload']): Promise<MeetingsActions['rule.get']['result']> {
  return callMeetings('rule.get', payload)
}

/** Everyone invited, with their status, for the host's live list and the record (`attendance.list`). */
export function listAttendance(payload: MeetingsActions['attendance.list']['payload']): Promise<MeetingsActions['attendance.list']['result']> {
  return callMeetings('attendance.list', payload)
}

/** The caller's open (or, with done, finished) 补学 tasks, soonest due first (`makeup.list`). */
export function listMakeups(payload: MeetingsActions['makeup.list']['payload']): Promise<MeetingsActions['makeup.list']['result']> {
  return callMeetings('makeup.list', payload)
}

/** One page of meetings: a member's own (with their state) or a unit's (with counters), upcoming first unless past (`meetings.list`). */
export function listMeetings(payload: MeetingsActions['meetings.list']['payload']): Promise<MeetingsActions['meetings.list']['result']> {
  return callMeetings('meetings.list', payload)
}

/** Marks a member present or late by hand, with a reason; clear undoes a mark (`attendance.mark`). */
export function markAttendance(payload: MeetingsActions['attendance.mark']['payload']): Promise<MeetingsActions['attendance.mark']['result']> {
  return callMeetings('attendance.mark', payload)
}

/** Asks the secretary for leave, with a reason, before the meeting starts (`leave.request`). */
export function requestLeave(payload: MeetingsActions['leave.request']['payload']): Promise<MeetingsActions['leave.request']['result']> {
  return callMeetings('leave.request', payload)
}

/** Saves the minutes; once the meeting has ended this also makes attendance final (`minutes.save`). */
export function saveMinutes(payload: MeetingsActions['minutes.save']['payload']): Promise<MeetingsActions['minutes.save']['result']> {
  return callMeetings('minutes.save', payload)
}

/** The token behind a check-in 小程序码's scene, while it is valid and for an invitee (`checkin.resolve`). */
export function resolveCheckinScene(payload: MeetingsActions['checkin.resolve']['payload']): Promise<MeetingsActions['checkin.resolve']['result']> {
  return callMeetings('checkin.resolve', payload)
}

/** Checks the caller in with the token the QR code carried: on time, late, or already (`checkin.scan`). */
export function scanCheckin(payload: MeetingsActions['checkin.scan']['payload']): Promise<MeetingsActions['checkin.scan']['result']> {
  return callMeetings('checkin.scan', payload)
}

/** Saves the rule and (re)generates this year's remaining 主题党日; edited or started ones are kept (`rule.set`). */
export function setRule(payload: MeetingsActions['rule.set']['payload']): Promise<MeetingsActions['rule.set']['result']> {
  return callMeetings('rule.set', payload)
}

/** Completes a 补学 task with a written reflection (`makeup.submit`). */
export function submitMakeup(payload: MeetingsActions['makeup.submit']['payload']): Promise<MeetingsActions['makeup.submit']['result']> {
  return callMeetings('makeup.submit', payload)
}

/** Changes a meeting before it starts (after that the server refuses with MEETING_STARTED) (`meetings.update`). */
export function updateMeeting(payload: MeetingsActions['meetings.update']['payload']): Promise<MeetingsActions['meetings.update']['result']> {
  return callMeetings('meetings.update', payload)
}

/** Leave requests waiting for the caller's decision, for the 工作台 (`pending.list`). */
export function listPending(): Promise<MeetingsActions['pending.list']['result']> {
  return callMeetings('pending.list', {})
}
