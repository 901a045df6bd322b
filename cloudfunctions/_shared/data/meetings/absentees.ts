import { markOpenAbsent } from '../attendance-writes'
import type { MakeupRecord, MeetingDoc } from '../meeting-docs'
import type { MemberDoc } from '../org-docs'
import { insertAllOnce } from '../write'
import { emptyAttendance, membersWithRecord } from './attendance-records'
import { invitees } from './invitees'

/**
 * Everyone invited who neither came nor was given leave becomes absent with
 * a 补学 task, in bulk writes that a retry repeats harmlessly.
 */
export async function markAbsentees(meeting: MeetingDoc, makeup: MakeupRecord): Promise<void> {
  await markOpenAbsent(meeting._id, makeup)
  // Invitees who never touched the meeting have no record yet: theirs are written absent.
  const [members, has] = await Promise.all([invitees(meeting), membersWithRecord(meeting._id)])
  const absent = (member: MemberDoc) => ({ ...emptyAttendance(meeting, member), status: 'absent' as const, makeup, version: 1, dirty: true })
  // A record written meanwhile (a late hand mark) or by an attempt that died is skipped.
  await insertAllOnce('meetingMembers', members.filter((m) => !has.has(m._id)).map(absent))
}
