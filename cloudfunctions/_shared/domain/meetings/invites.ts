/** The parts of a meeting that say whom it invites. */
export interface InvitingMeeting {
  unitType: string
  unitId: string
  unitPath: string
}

/** The parts of a member that decide whether a meeting invites them. */
export interface InvitableMember {
  status: string
  groupId: string | null
  unitPath: string
}

/** Whether the meeting invites this member: a 党小组's members, or everyone under the unit (at home, for a 流动党员). */
export function invites(meeting: InvitingMeeting, member: InvitableMember): boolean {
  if (member.status !== 'active') return false
  return meeting.unitType === 'group' ? member.groupId === meeting.unitId : member.unitPath.startsWith(meeting.unitPath)
}
