import { isVisibleToOthers, type Moderation } from '../_shared/domain/moderation/text-check'
import type { AttendeeView } from '../_shared/contract/meetings-api'
import type { StudyRecordView } from '../_shared/contract/notices-api'
import { MEETING_TYPE_LABELS } from '../_shared/contract/meetings-rules'
import type { MeetingMemberDoc } from '../_shared/data/meeting-docs'
import { linkedMeetingRecord, meetingsLinkedToNotice, type LinkedMeetingRecord } from '../_shared/data/meetings/linked-for-notice'
import { branchSecretaryNames, memberStatesUnder } from '../_shared/data/notices/branch-reads'
import { hasEnded } from '../_shared/domain/meetings/window'
import { firstDate } from '../_shared/domain/notices/calendar'
import { noticeTitle } from '../_shared/domain/notices/message'
import { renderStudyRecord, studyRecord, studyRecordWorkbook, type LinkedMeetingFacts } from '../_shared/domain/notices/record'
import type { Caller } from '../_shared/domain/org/scope'
import { now } from '../_shared/runtime/clock'
import { branchContext } from './branch'

const iso = (at: Date | null | undefined): string | null => (at ? at.toISOString() : null)

/** What an exported record says in place of a text content security still holds (it leaves the app as a document). */
const HELD = '（审核中）'
const released = (text: string | null, moderation: Moderation | undefined): string | null => (text && !isVisibleToOthers(moderation) ? HELD : text)

/** A member of the meeting as its attendance list shows them (the meeting's own record reads the same documents). */
function attendee(member: { _id: string; name: string }, state: MeetingMemberDoc | undefined): AttendeeView {
  return {
    memberId: member._id,
    name: member.name,
    status: state?.status ?? 'pending',
    checkedInAt: iso(state?.checkedInAt),
    method: state?.method ?? null,
    manualReason: state?.manualReason ?? null,
    leave: state?.leave
      ? {
          reason: released(state.leave.reason, state.leaveModeration) ?? '',
          requestedAt: state.leave.requestedAt.toISOString(),
          decision: state.leave.decision,
          comment: released(state.leave.comment, state.leaveCommentModeration),
          decidedAt: iso(state.leave.decidedAt)
        }
      : null,
    makeup: state?.makeup
      ? {
          dueAt: state.makeup.dueAt.toISOString(),
          reflection: released(state.makeup.reflection, state.makeupModeration),
          completedAt: iso(state.makeup.completedAt)
        }
      : null
  }
}

function meetingFacts({ meeting, invitees, states, counters }: LinkedMeetingRecord, at: Date): LinkedMeetingFacts {
  const stateOf = new Map(states.map((s) => [s.memberId, s]))
  return {
    id: meeting._id,
    typeLabel: MEETING_TYPE_LABELS[meeting.type],
    title: meeting.title,
    startAt: meeting.startAt,
    endAt: meeting.endAt,
    place: meeting.place,
    form: meeting.form,
    host: meeting.hostName ?? '',
    counters: {
      invited: counters.invited,
      present: counters.present,
      late: counters.late,
      leave: counters.leave,
      absent: counters.absent,
      madeUp: counters.madeUp
    },
    attendees: invitees.map((m) => attendee(m, stateOf.get(m._id))).sort((a, b) => a.name.localeCompare(b.name, 'zh-CN')),
    ended: hasEnded(at, meeting),
    minutes:
      meeting.minutes && isVisibleToOthers(meeting.minutesModeration) ? { content: meeting.minutes.content, resolutions: meeting.minutes.resolutions } : null
  }
}

/**
 * The branch's 学习教育记录, generated from what was recorded: the meetings it
 * held for the notice (time, place, form, attendance, minutes), its members'
 * answers, the notice's content. Only whoever runs notices in the branch.
 */
async function gather(caller: Caller, payload: { id: string; unitId: string }): Promise<{ record: StudyRecordView; fileStem: string }> {
  const { notice, unit, counters } = await branchContext(caller, payload.id, payload.unitId)
  const [states, secretaries, meetings] = await Promise.all([
    memberStatesUnder(notice._id, unit.path),
    branchSecretaryNames(unit._id),
    meetingsLinkedToNotice(notice._id, unit._id)
  ])
  const linked = await Promise.all(meetings.map(linkedMeetingRecord))
  const at = now()
  // Held answers (content security) stay out of the record until released: it leaves the app as a document.
  const answered = states
    .filter((state) => state.submittedAt && state.answers && isVisibleToOthers(state.moderation))
    .sort((a, b) => a.memberName.localeCompare(b.memberName, 'zh-CN'))
  const secretaryNames = secretaries.join('、')
  const change = counters.scheduleChange
  const record = studyRecord({
    unitName: unit.name,
    noticeTitle: noticeTitle(notice),
    theme: notice.theme,
    scheduledDate: firstDate(notice.schedule),
    scheduleChange: change ? { startAt: change.startAt, form: change.form, place: change.place } : null,
    organiser: secretaryNames ? `${unit.name}（书记 ${secretaryNames}）` : unit.name,
    assigned: counters.assigned,
    answered: counters.answered,
    materials: notice.materials.map((m) => m.title),
    questions: notice.discussion,
    answers: answered.map((state) => ({ name: state.memberName, text: (state.answers ?? []).join('\n') })),
    meetings: linked.map((l) => meetingFacts(l, at))
  })
  return { record, fileStem: `${unit.name}学习教育记录-${notice.year}年第${notice.issueNo}期` }
}

export async function getRecord(caller: Caller, payload: { id: string; unitId: string }): Promise<StudyRecordView> {
  return (await gather(caller, payload)).record
}

export async function exportRecord(
  caller: Caller,
  payload: { id: string; unitId: string; format?: 'docx' | 'xlsx' }
): Promise<{ fileName: string; base64: string }> {
  const { record, fileStem } = await gather(caller, payload)
  const format = payload.format ?? 'docx'
  const file = format === 'xlsx' ? await studyRecordWorkbook(record) : await renderStudyRecord(record)
  return { fileName: `${fileStem}.${format}`, base64: file.toString('base64') }
}
