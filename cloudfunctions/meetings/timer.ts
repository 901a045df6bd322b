import dayjs from 'dayjs'
import { attendanceOfMeeting } from '../_shared/data/meetings/attendance-records'
import { changeAttendance } from '../_shared/data/meetings/attendance-changes'
import { meetingsStartingBetween, unfinalizedEndedBetween } from '../_shared/data/meetings/due-meetings'
import { inviteesToRemind } from '../_shared/data/meetings/invitees'
import { claimLeaveReminder, pendingLeaveCounts } from '../_shared/data/meetings/pending-leave'
import type { MeetingDoc } from '../_shared/data/meeting-docs'
import { loadMember } from '../_shared/data/org/by-id'
import { TZ } from '../_shared/domain/calendar'
import { now } from '../_shared/runtime/clock'
import { tellMember } from './notify'
import { finalize } from './finalize'

/** Meetings that ended this long ago without a record are made final by the timer. */
const FINALIZE_LOOKBACK_DAYS = 30

/**
 * The daily timer. The day before a meeting, each invited member who has not
 * asked for leave gets one reminder (the budget: one per member per meeting,
 * claimed on their attendance record before sending); a host with leave
 * requests still undecided gets one note per meeting (claimed on the
 * meeting before sending). Meetings that are over
 * get their attendance made final even if nobody wrote the minutes.
 */
export async function dailyMeetingsTimer(): Promise<{ meetings: number; reminded: number; leaveReminded: number; finalized: number }> {
  const at = now()
  const day = dayjs(at).tz(TZ).startOf('day')
  const tomorrows = await meetingsStartingBetween(day.add(1, 'day').toDate(), day.add(2, 'day').toDate())
  // First the hosts with leave to decide: their note names the meeting too, so it stands in for their own reminder (one message each).
  const { sent: leaveReminded, hosts } = await remindPendingLeave(tomorrows, at)
  let reminded = 0
  for (const meeting of tomorrows) {
    const [members, states] = await Promise.all([inviteesToRemind(meeting), attendanceOfMeeting(meeting._id)])
    const stateOf = new Map(states.map((s) => [s.memberId, s]))
    for (const member of members) {
      const state = stateOf.get(member._id)
      if (!member.openid || state?.notifiedAt || (state && state.status !== 'pending') || hosts.get(meeting._id) === member._id) continue
      const { changed } = await changeAttendance(meeting, member, (s) => (s.notifiedAt || s.status !== 'pending' ? null : { ...s, notifiedAt: at }))
      if (changed && (await tellMember(member, meeting, 'remind'))) reminded += 1
    }
  }
  const ended = await unfinalizedEndedBetween(day.subtract(FINALIZE_LOOKBACK_DAYS, 'day').toDate(), at)
  let finalized = 0
  for (const meeting of ended) if (await finalize(meeting)) finalized += 1
  return { meetings: tomorrows.length, reminded, leaveReminded, finalized }
}

/** The host (or, without one, whoever planned it) of each of tomorrow's meetings with leave still waiting: one note per meeting, ever. */
async function remindPendingLeave(meetings: MeetingDoc[], at: Date): Promise<{ sent: number; hosts: Map<string, string> }> {
  const hosts = new Map<string, string>()
  let sent = 0
  for (const meeting of meetings) {
    const recipientId = meeting.hostId ?? meeting.createdBy
    if (meeting.leaveRemindedAt) {
      hosts.set(meeting._id, recipientId)
      continue
    }
    const waiting = (await pendingLeaveCounts([meeting._id], meeting.unitPath)).get(meeting._id) ?? 0
    if (waiting === 0) continue
    const recipient = await loadMember(recipientId).catch(() => null)
    if (!recipient?.openid || !(await claimLeaveReminder(meeting._id, at))) continue
    hosts.set(meeting._id, recipientId)
    if (await tellMember(recipient, meeting, 'leave_pending')) sent += 1
  }
  return { sent, hosts }
}
