import type { MeetingsActions } from '../_shared/contract/meetings-api'
import { loadAttendance } from '../_shared/data/meetings/attendance-records'
import { loadMeeting } from '../_shared/data/meetings/meeting-store'
import { recordPhoneReveal } from '../_shared/data/meetings/phone-reveal'
import { loadMember } from '../_shared/data/org/by-id'
import { mayCall } from '../_shared/domain/meetings/contact'
import type { Caller } from '../_shared/domain/org/scope'
import { now } from '../_shared/runtime/clock'
import { AppErrorCode, AppFailure } from '../_shared/runtime/errors'
import { guardRun } from './guards'

/**
 * The one place a full phone number leaves the server (every other view masks
 * it): whoever runs the meeting may call a member who asked for leave, was
 * absent or is visited at home (送学上门), one number per tap, and the reveal
 * is written to the audit log. Anyone else, or any other member, is refused
 * without saying whether the member or the number exists.
 */
export async function contactPhone(caller: Caller, payload: MeetingsActions['contact.phone']['payload']): Promise<MeetingsActions['contact.phone']['result']> {
  const meeting = await loadMeeting(payload.id)
  guardRun(caller, meeting)
  const state = await loadAttendance(meeting._id, payload.memberId)
  const reason = state ? mayCall(state) : null
  if (!state || !reason) throw new AppFailure(AppErrorCode.FORBIDDEN, '只有请假、缺席或送学上门的党员，才能查看完整号码联系')
  const member = await loadMember(payload.memberId)
  await recordPhoneReveal({
    _id: `phone:${caller.memberId}:${meeting._id}:${member._id}`,
    at: now(),
    actorId: caller.memberId,
    actorName: caller.name,
    action: 'contact.phone',
    unitId: meeting.unitId,
    unitPath: meeting.unitPath,
    targetMemberId: member._id,
    summary: `查看“${member.name}”的手机号（${reason}，${meeting.title}）`
  })
  return { name: member.name, phone: member.phone, reason }
}
