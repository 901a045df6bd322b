import { moderate, settleHeld } from '../_shared/data/moderation/moderate'
import { leaveCommentSlot, leaveReasonSlot, reflectionSlot, storedAttendance } from './text-slots'
import { releasedMinutes } from './present'
import type { AttendeeView, MakeupView, MeetingsActions, MyAttendance } from '../_shared/contract/meetings-api'
import { loadMember } from '../_shared/data/org/by-id'
import type { MemberDoc } from '../_shared/data/org-docs'
import { changeAttendance } from '../_shared/data/meetings/attendance-changes'
import { makeupTasksOf } from '../_shared/data/meetings/makeup-tasks'
import { loadMeeting } from '../_shared/data/meetings/meeting-store'
import { attended } from '../_shared/domain/meetings/attendance'
import { invites } from '../_shared/domain/meetings/invites'
import dayjs from 'dayjs'
import { TZ } from '../_shared/domain/calendar'
import { isMakeupOpen, makeupStudy, withStatus } from '../_shared/domain/meetings/makeup'
import { hasStarted } from '../_shared/domain/meetings/window'
import type { Caller } from '../_shared/domain/org/scope'
import { now } from '../_shared/runtime/clock'
import { AppFailure } from '../_shared/runtime/errors'
import { tellMember } from './notify'
import { guardRun } from './guards'
import { attendeeView, makeupView, myAttendance, summary } from './present'

const alreadyThere = (): AppFailure => new AppFailure('ALREADY_CHECKED_IN', '已签到，无需请假')

/** Before the start only, with a reason; asking again replaces a pending or refused request. */
export async function requestLeave(member: MemberDoc, payload: { id: string; reason: string }): Promise<MyAttendance> {
  const meeting = await loadMeeting(payload.id)
  if (!invites(meeting, member)) throw new AppFailure('NOT_INVITED', '你不在本次会议的参会范围内')
  const at = now()
  if (hasStarted(at, meeting)) throw new AppFailure('LEAVE_CLOSED', '会议已开始，不能再请假，请联系支部书记')
  // Content security before anything is written (once per reason: the stored version is not checked again).
  const known = await storedAttendance(meeting, member)
  const slot = leaveReasonSlot(meeting, member, member)
  const moderation = await moderate(slot, [payload.reason], known?.leaveModeration, at)
  const { after } = await changeAttendance(meeting, member, (state) => {
    if (attended(state.status)) throw alreadyThere()
    if (state.status === 'leave') return null
    if (state.status === 'leave_requested' && state.leave?.reason === payload.reason) return null
    return {
      ...state,
      status: 'leave_requested',
      leave: { reason: payload.reason, requestedAt: at, decision: 'pending', comment: null, decidedAt: null, decidedBy: null },
      leaveModeration: moderation
    }
  })
  await settleHeld(slot, known?.leaveModeration, after.leaveModeration ?? moderation)
  return myAttendance(after)
}

/** The secretary's answer; the member sees it on the meeting and, if they allowed one, gets a message. */
export async function decideLeave(caller: Caller & { doc: MemberDoc }, payload: MeetingsActions['leave.decide']['payload']): Promise<AttendeeView> {
  const [meeting, member] = await Promise.all([loadMeeting(payload.id), loadMember(payload.memberId)])
  guardRun(caller, meeting)
  const at = now()
  // The comment goes to the member: checked first; a held one reaches them once another officer releases it.
  const known = payload.comment ? await storedAttendance(meeting, member) : null
  const commentModeration = await moderate(leaveCommentSlot(meeting, member, caller.doc), [payload.comment], known?.leaveCommentModeration, at)
  const { after, changed } = await changeAttendance(meeting, member, (state) => {
    if (!state.leave) throw new AppFailure('LEAVE_NOT_FOUND', '该党员没有请假申请')
    if (attended(state.status)) throw new AppFailure('ALREADY_CHECKED_IN', '该党员已签到')
    if (state.leave.decision === payload.decision) return null
    const status = payload.decision === 'approved' ? 'leave' : meeting.finalizedAt ? 'absent' : 'pending'
    return {
      ...withStatus(state, status, at, meeting.endAt),
      leave: { ...state.leave, decision: payload.decision, comment: payload.comment ?? null, decidedAt: at, decidedBy: caller.memberId },
      leaveCommentModeration: commentModeration
    }
  })
  if (changed) await tellMember(member, meeting, payload.decision === 'approved' ? 'leave_approved' : 'leave_refused')
  return attendeeView(member, after)
}

const notOpen = (opensAt: Date): AppFailure => new AppFailure('MAKEUP_NOT_OPEN', `会议结束后才能补学（${dayjs(opensAt).tz(TZ).format('M月D日 HH:mm')} 起）`)

/** The reflection that closes the gap; it may be improved after, the completion time stays. */
export async function submitMakeup(member: MemberDoc, payload: { id: string; reflection: string }): Promise<MakeupView> {
  const meeting = await loadMeeting(payload.id)
  const at = now()
  const known = await storedAttendance(meeting, member)
  if (!known?.makeup) throw new AppFailure('MAKEUP_NOT_NEEDED', '这次会议你无需补学')
  if (!isMakeupOpen(known.makeup, at)) throw notOpen(known.makeup.opensAt ?? meeting.endAt)
  // Content security before anything is written (the same reflection again is not checked again).
  const slot = reflectionSlot(meeting, member, member)
  const moderation = await moderate(slot, [payload.reflection], known.makeupModeration, at)
  const { after } = await changeAttendance(meeting, member, (state, existed) => {
    if (!existed || !state.makeup) throw new AppFailure('MAKEUP_NOT_NEEDED', '这次会议你无需补学')
    if (!isMakeupOpen(state.makeup, at)) throw notOpen(state.makeup.opensAt ?? meeting.endAt)
    if (state.makeup.reflection === payload.reflection) return null
    return { ...state, makeup: { ...state.makeup, reflection: payload.reflection, completedAt: state.makeup.completedAt ?? at }, makeupModeration: moderation }
  })
  await settleHeld(slot, known.makeupModeration, after.makeupModeration ?? moderation)
  return makeupView(after.makeup) as MakeupView
}

/** The member's 补学 tasks: open ones (soonest due first) or done ones (latest first). */
export async function listMakeup(member: MemberDoc, payload: { done?: boolean }): Promise<MeetingsActions['makeup.list']['result']> {
  const { states, meetings: byId } = await makeupTasksOf(member._id, payload.done === true)
  if (states.length === 0) return { items: [] }
  const at = now()
  return {
    items: states.flatMap((state) => {
      const meeting = byId.get(state.meetingId)
      // A task opens once its meeting has ended: until then it is not listed.
      if (!meeting || !state.makeup || !isMakeupOpen(state.makeup, at)) return []
      const item: MeetingsActions['makeup.list']['result']['items'][number] = {
        meeting: { ...summary(meeting), mine: myAttendance(state) },
        makeup: makeupView(state.makeup) as MakeupView,
        study: makeupStudy(releasedMinutes(meeting))
      }
      return [item]
    })
  }
}
