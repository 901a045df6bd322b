import dayjs from 'dayjs'
import { attendanceOfMeeting } from '../_shared/data/meetings/attendance-records'
import { changeAttendance } from '../_shared/data/meetings/attendance-changes'
import { meetingsStartingBetween, unfinalizedEndedBetween } from '../_shared/data/meetings/due-meetings'
import { inviteesToRemind } from '../_shared/data/meetings/invitees'
import { TZ } from '../_shared/domain/calendar'
import { now } from '../_shared/runtime/clock'
import { tellMember } from './notify'
import { finalize } from './finalize'

/** Meetings that ended this long ago without a record are made final by the timer. */
const FINALIZE_LOOKBACK_DAYS = 30

/**
 * The daily timer. The day before a meeting, each invited member who has not
 * asked for leave gets one reminder (the budget: one per member per meeting,
 * claimed on their attendance record before sending). Meetings that are over
 * get their attendance made final even if nobody wrote the minutes.
 */
export async function dailyMeetingsTimer(): Promise<{ meetings: number; reminded: number; finalized: number }> {
  const at = now()
  const day = dayjs(at).tz(TZ).startOf('day')
  const tomorrows = await meetingsStartingBetween(day.add(1, 'day').toDate(), day.add(2, 'day').toDate())
  let reminded = 0
  for (const meeting of tomorrows) {
    const [members, states] = await Promise.all([inviteesToRemind(meeting), attendanceOfMeeting(meeting._id)])
    const stateOf = new Map(states.map((s) => [s.memberId, s]))
    for (const member of members) {
      const state = stateOf.get(member._id)
      if (!member.openid || state?.notifiedAt || (state && state.status !== 'pending')) continue
      const { changed } = await changeAttendance(meeting, member, (s) => (s.notifiedAt || s.status !== 'pending' ? null : { ...s, notifiedAt: at }))
      if (changed && (await tellMember(member, meeting, 'remind'))) reminded += 1
    }
  }
  const ended = await unfinalizedEndedBetween(day.subtract(FINALIZE_LOOKBACK_DAYS, 'day').toDate(), at)
  let finalized = 0
  for (const meeting of ended) if (await finalize(meeting)) finalized += 1
  return { meetings: tomorrows.length, reminded, finalized }
}
