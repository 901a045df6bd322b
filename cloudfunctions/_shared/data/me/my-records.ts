import type { FeedbackDoc } from '../feedback-docs'
import type { MeetingDoc, MeetingMemberDoc } from '../meeting-docs'
import type { NoticeDoc, NoticeMemberDoc, SubscriptionDoc } from '../notice-docs'
import type { InviteDoc, MemberDoc, UnitDoc } from '../org-docs'
import { readAll } from '../query'
import { findById, findByIds } from '../read'
import type { MemberStatsDoc } from '../stats'

/** Every stored record of one member, as stored (the domain turns it into 我的数据's tables). */
export interface MyRecords {
  member: MemberDoc
  units: Map<string, UnitDoc>
  invites: InviteDoc[]
  noticeStates: NoticeMemberDoc[]
  notices: Map<string, NoticeDoc>
  meetingStates: MeetingMemberDoc[]
  meetings: Map<string, MeetingDoc>
  feedback: FeedbackDoc[]
  subscription: SubscriptionDoc | null
  stats: MemberStatsDoc[]
}

const byId = <T extends { _id: string }>(docs: T[]): Map<string, T> => new Map(docs.map((doc) => [doc._id, doc]))

/**
 * Gathers what every collection holds of `member` (found from the caller's
 * OPENID, never from a payload): each query filters on the member's own id
 * (an index per collection: invites.member, noticeMembers.member,
 * meetingMembers.member_start, feedback.sender_created, memberStats by id) and
 * pages by 1000 (`readAll`); the rows are checked again against the id so a
 * query mistake cannot leak someone else's record. Then the notices, meetings
 * and units they name, by id in pages.
 */
export async function myRecords(member: MemberDoc): Promise<MyRecords> {
  const memberId = member._id
  const mine = <T extends { memberId?: string; senderId?: string }>(docs: T[]): T[] => docs.filter((doc) => (doc.memberId ?? doc.senderId) === memberId)
  const [invites, noticeStates, meetingStates, feedback, subscription, stats] = await Promise.all([
    readAll<InviteDoc>('invites', { memberId }).then(mine),
    readAll<NoticeMemberDoc>('noticeMembers', { memberId }).then(mine),
    readAll<MeetingMemberDoc>('meetingMembers', { memberId }).then(mine),
    readAll<FeedbackDoc>('feedback', { senderId: memberId }).then(mine),
    findById<SubscriptionDoc>('subscriptions', memberId),
    readAll<MemberStatsDoc>('memberStats', { memberId }).then(mine)
  ])
  const unitIds = [member.unitId, member.groupId ?? '', member.activityUnitId ?? '', ...(member.roles ?? []).map((role) => role.unitId)].filter(Boolean)
  const [notices, meetings, units] = await Promise.all([
    findByIds<NoticeDoc>('notices', [...new Set(noticeStates.map((state) => state.noticeId))]),
    findByIds<MeetingDoc>('meetings', [...new Set(meetingStates.map((state) => state.meetingId))]),
    findByIds<UnitDoc>('units', [...new Set(unitIds)])
  ])
  return {
    member,
    units: byId(units),
    invites,
    noticeStates,
    notices: byId(notices),
    meetingStates,
    meetings: byId(meetings),
    feedback,
    subscription,
    stats
  }
}
