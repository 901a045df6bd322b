import type { MeetingsActions, PendingLeave } from '../_shared/contract/meetings-api'
import { meetingsByIds } from '../_shared/data/meetings/meetings-by-ids'
import { pendingLeaveUnder } from '../_shared/data/meetings/pending-leave'
import { managedScopes } from '../_shared/domain/org/authorize'
import type { Caller } from '../_shared/domain/org/scope'
import { mayRun } from './guards'

/**
 * The 工作台's pending decisions: leave requests from members under the
 * caller's meetings.run scopes, in meetings the caller may run (a branch
 * secretary does not decide for the 党委's meeting). Nobody without the
 * capability sees anything.
 */
export async function listPending(caller: Caller): Promise<MeetingsActions['pending.list']['result']> {
  const paths = managedScopes(caller)
    .filter((scope) => scope.capabilities.includes('meetings.run'))
    .map((scope) => scope.unitPath)
  const states = await pendingLeaveUnder(paths)
  if (states.length === 0) return { leave: [], total: 0 }
  const meetings = await meetingsByIds([...new Set(states.map((s) => s.meetingId))])
  const leave = states.flatMap((state): PendingLeave[] => {
    const meeting = meetings.get(state.meetingId)
    if (!meeting || !state.leave || !mayRun(caller, meeting)) return []
    return [
      {
        meetingId: meeting._id,
        meetingTitle: meeting.title,
        meetingType: meeting.type,
        unitName: meeting.unitName,
        startAt: meeting.startAt.toISOString(),
        memberId: state.memberId,
        name: state.memberName,
        reason: state.leave.reason,
        requestedAt: state.leave.requestedAt.toISOString()
      }
    ]
  })
  leave.sort((a, b) => a.startAt.localeCompare(b.startAt) || a.requestedAt.localeCompare(b.requestedAt))
  return { leave, total: leave.length }
}
