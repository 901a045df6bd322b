import type { MeetingDoc } from '../meeting-docs'
import type { MemberDoc } from '../org-docs'
import { prefix, readAll } from '../query'

/** Where invitees are found: one query shape for lists, reminders and the final record (domain/meetings/invites.ts is the rule). */
function inviteeQuery(meeting: Pick<MeetingDoc, 'unitType' | 'unitId' | 'unitPath'>): Record<string, unknown> {
  return meeting.unitType === 'group' ? { groupId: meeting.unitId, status: 'active' } : { unitPath: prefix(meeting.unitPath), status: 'active' }
}

/** What a list of attendees and the final record need of each member. */
const LISTED = { name: true, unitPath: true, unitId: true, groupId: true, status: true }

/** Everyone the meeting invites, with the fields an attendance list needs (paged reads). */
export const invitees = (meeting: MeetingDoc): Promise<MemberDoc[]> => readAll<MemberDoc>('members', inviteeQuery(meeting), LISTED)

/** Everyone the meeting invites, whole (a reminder needs their openid). */
export const inviteesToRemind = (meeting: MeetingDoc): Promise<MemberDoc[]> => readAll<MemberDoc>('members', inviteeQuery(meeting))
