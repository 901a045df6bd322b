import type { MeetingDoc } from '../_shared/data/meeting-docs'
import type { MemberDoc } from '../_shared/data/org-docs'
import { meetingMessage, type MeetingMessageKind } from '../_shared/domain/meetings/message'
import { sendWithConsent } from '../_shared/messaging/send-with-consent'

/** One meeting message to a member, within their consent. */
export function tellMember(member: Pick<MemberDoc, '_id' | 'openid'>, meeting: MeetingDoc, kind: MeetingMessageKind): Promise<boolean> {
  return sendWithConsent({ memberId: member._id, openId: member.openid }, (openId) =>
    meetingMessage(kind, { openId, meetingId: meeting._id, title: meeting.title, startAt: meeting.startAt, place: meeting.place })
  )
}
