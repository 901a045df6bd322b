import { refuseRisky } from '../_shared/data/moderation/moderate'
import { SCENE } from '../_shared/domain/moderation/text-check'
import type { AttendeeView, CheckinCode, MeetingCounters, MeetingsActions } from '../_shared/contract/meetings-api'
import { CHECKIN_PAGE } from '../_shared/contract/meetings-rules'
import { loadMember } from '../_shared/data/org/by-id'
import type { MeetingDoc } from '../_shared/data/meeting-docs'
import type { MemberDoc } from '../_shared/data/org-docs'
import { attendanceOfMeeting } from '../_shared/data/meetings/attendance-records'
import { changeAttendance, firstCheckIn } from '../_shared/data/meetings/attendance-changes'
import { invitees } from '../_shared/data/meetings/invitees'
import { loadMeetingUnit } from '../_shared/data/meetings/meeting-counters'
import { loadMeeting } from '../_shared/data/meetings/meeting-store'
import { attended } from '../_shared/domain/meetings/attendance'
import { invites } from '../_shared/domain/meetings/invites'
import { withStatus } from '../_shared/domain/meetings/makeup'
import { manualReasonText } from '../_shared/domain/meetings/attendance'
import { issueToken, verifyToken, windowEnd, windowOf } from '../_shared/domain/meetings/token'
import { findShortCode, saveShortCode } from '../_shared/data/short-codes/store'
import { getUnlimitedCode, wxacodeEnvVersion } from '../_shared/data/short-codes/wxacode'
import { checkinScene, sceneKind } from '../_shared/domain/short-codes/scene'
import { checkinPhase, checkinWindow } from '../_shared/domain/meetings/window'
import type { Caller } from '../_shared/domain/org/scope'
import { now } from '../_shared/runtime/clock'
import { AppFailure } from '../_shared/runtime/errors'
import { requireSecret } from '../_shared/runtime/secrets'
import { guardRun } from './guards'
import { attendeeView, countersOf } from './present'
import { countLane } from '../_shared/data/counting'
import { meetingContext, meetingLane } from '../_shared/data/lanes'

/** The check-in codes are signed with a secret only the functions know (CONFIG_MISSING without it). */
const secret = (): string => requireSecret('PS_CHECKIN_SECRET')

const REJECTIONS = {
  malformed: '这不是本系统的签到码',
  forged: '签到码无效，请扫描会场屏幕上的二维码',
  expired: '签到码已过期，请扫描屏幕上的最新二维码'
} as const

/**
 * The window's 小程序码. WeChat's scanner opens a 小程序码 with only a ≤ 32-character
 * `scene`, and the token does not fit, so a short code per (meeting, window)
 * is minted here, when the token is issued: its scene is an HMAC of the
 * meeting and the window under the check-in secret (deterministic: a retry or
 * a second screen in the same window writes the same document and gets the
 * same scene; unguessable, and not computable by a member who knows the
 * meeting id), it stores this window's token and expires with it (the end of
 * the next window, as the token's grace). Resolving it yields that token only
 * while the token verifies, so the rotating code's guarantee is unchanged: a
 * photo of the screen stops working within a minute. Not minted while
 * check-in is closed (nothing to scan); null when the platform refuses.
 */
async function checkinWxaCode(meetingId: string, token: string, at: Date): Promise<CheckinCode['wxaCode']> {
  const window = windowOf(at)
  const scene = checkinScene(meetingId, window, secret())
  await saveShortCode({ _id: scene, kind: 'checkin', ref: meetingId, token, createdAt: at, expiresAt: windowEnd(window + 1) })
  const envVersion = wxacodeEnvVersion()
  const image = await getUnlimitedCode({ scene, page: CHECKIN_PAGE, env_version: envVersion, check_path: envVersion === 'release' })
  if (!image.ok) {
    console.warn(`wxacode.getUnlimited refused the check-in code: ${image.errcode} ${image.errmsg}`)
    return null
  }
  return { scene, png: image.png }
}

/**
 * A member opened a check-in 小程序码: the token its scene stands for, which is
 * exactly what scanning the QR's path would have given them, and only while it
 * is valid and only to an invitee (another branch's member learns nothing).
 * The page then checks in with `checkin.scan` as before.
 */
export async function resolveCheckinScene(member: MemberDoc, scene: string): Promise<{ token: string }> {
  const trimmed = scene.trim()
  const found = sceneKind(trimmed) === 'checkin' ? await findShortCode(trimmed) : null
  if (!found || found.kind !== 'checkin' || !found.token) throw new AppFailure('CHECKIN_INVALID_CODE', REJECTIONS.malformed)
  const verdict = verifyToken(found.token, now(), secret())
  if (!verdict.ok || verdict.meetingId !== found.ref) throw new AppFailure('CHECKIN_INVALID_CODE', REJECTIONS[verdict.ok ? 'forged' : verdict.reason])
  const meeting = await loadMeeting(found.ref)
  if (!invites(meeting, member)) throw new AppFailure('NOT_INVITED', '你不在本次会议的参会范围内')
  return { token: found.token }
}

/** The host's screen: the current code, and when to fetch the next one. */
export async function checkinCode(caller: Caller, id: string): Promise<CheckinCode> {
  const meeting = await loadMeeting(id)
  guardRun(caller, meeting)
  const at = now()
  const { token, rotatesAt } = issueToken(meeting._id, at, secret())
  const { opensAt, closesAt } = checkinWindow(meeting)
  const phase = checkinPhase(at, meeting)
  return {
    token,
    path: `${CHECKIN_PAGE}?t=${token}`,
    rotatesAt: rotatesAt.toISOString(),
    wxaCode: phase === 'on_time' || phase === 'late' ? await checkinWxaCode(meeting._id, token, at) : null,
    phase,
    opensAt: opensAt.toISOString(),
    closesAt: closesAt.toISOString()
  }
}

function guardWindow(meeting: MeetingDoc, at: Date): 'on_time' | 'late' {
  const phase = checkinPhase(at, meeting)
  if (phase === 'not_open') throw new AppFailure('CHECKIN_NOT_OPEN', `签到尚未开始（会前 ${meeting.checkinOpensMinutesBefore} 分钟开放）`)
  if (phase === 'closed') throw new AppFailure('CHECKIN_CLOSED', '签到已结束')
  return phase
}

/**
 * A member scanned the host's code: checked in once, late after the start.
 * The token is checked first (no read); then the caller and the meeting are
 * read side by side, one round trip of waiting instead of two, which is what a
 * hall of people scanning at once waits on. Who the caller is still decides
 * first: a stranger learns nothing about the meeting from the error.
 */
export async function scan(whoIsCalling: () => Promise<MemberDoc>, token: string): Promise<MeetingsActions['checkin.scan']['result']> {
  const at = now()
  const verdict = verifyToken(token, at, secret())
  if (!verdict.ok) throw new AppFailure('CHECKIN_INVALID_CODE', REJECTIONS[verdict.reason])
  const [caller, found] = await Promise.allSettled([whoIsCalling(), loadMeeting(verdict.meetingId)])
  if (caller.status === 'rejected') throw caller.reason
  if (found.status === 'rejected') throw found.reason
  const [member, meeting] = [caller.value, found.value]
  if (!invites(meeting, member)) throw new AppFailure('NOT_INVITED', '你不在本次会议的参会范围内')
  const status = guardWindow(meeting, at) === 'late' ? 'late' : 'present'
  const done = { meetingId: meeting._id, title: meeting.title }
  if (await firstCheckIn(meeting, member, status, at)) return { ...done, status, checkedInAt: at.toISOString(), already: false }
  const { after, changed } = await changeAttendance(meeting, member, (state) =>
    attended(state.status) ? null : { ...withStatus(state, status, at, meeting.endAt), checkedInAt: at, method: 'scan', manualReason: null }
  )
  return { ...done, status: after.status as 'present' | 'late', checkedInAt: (after.checkedInAt ?? at).toISOString(), already: !changed }
}

/** The live list on the host's screen (polled): everyone invited, alphabetically, with their state. */
export async function listAttendance(caller: Caller, id: string): Promise<{ counters: MeetingCounters; members: AttendeeView[] }> {
  const meeting = await loadMeeting(id)
  guardRun(caller, meeting)
  // The host's screen polls this: the scans since the last poll are counted here first.
  await countLane(meetingLane, meeting._id, meetingContext(meeting))
  const [members, states, counters] = await Promise.all([invitees(meeting), attendanceOfMeeting(meeting._id), loadMeetingUnit(meeting._id, meeting.unitId)])
  const stateOf = new Map(states.map((s) => [s.memberId, s]))
  const views = members.map((m) => attendeeView(m, stateOf.get(m._id) ?? null)).sort((a, b) => a.name.localeCompare(b.name, 'zh-CN'))
  return { counters: countersOf(counters), members: views }
}

/** By hand, with a reason (no phone, 送学上门, attending elsewhere); `clear` undoes a mark. */
export async function mark(caller: Caller & { doc: MemberDoc }, payload: MeetingsActions['attendance.mark']['payload']): Promise<AttendeeView> {
  const [meeting, member] = await Promise.all([loadMeeting(payload.id), loadMember(payload.memberId)])
  guardRun(caller, meeting)
  if (!invites(meeting, member)) throw new AppFailure('NOT_INVITED', '该党员不在本次会议的参会范围内')
  const at = now()
  if (checkinPhase(at, meeting) === 'not_open') throw new AppFailure('CHECKIN_NOT_OPEN', `会前 ${meeting.checkinOpensMinutesBefore} 分钟起可以签到`)
  if (payload.status !== 'clear') await refuseRisky(caller, SCENE.comment, [payload.reasonText], '手动签到原因')
  const { after } = await changeAttendance(meeting, member, (state) => {
    if (payload.status === 'clear') {
      if (!attended(state.status)) return null
      return { ...withStatus(state, meeting.finalizedAt ? 'absent' : 'pending', at, meeting.endAt), checkedInAt: null, method: null, manualReason: null }
    }
    const reason = manualReasonText(payload.reason, payload.reasonText)
    if (state.status === payload.status && state.method === 'manual' && state.manualReason === reason) return null
    return { ...withStatus(state, payload.status, at, meeting.endAt), checkedInAt: state.checkedInAt ?? at, method: 'manual', manualReason: reason }
  })
  return attendeeView(member, after)
}
