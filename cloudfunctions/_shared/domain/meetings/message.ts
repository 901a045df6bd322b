import { SUBSCRIBE_TEMPLATES } from '../messaging'
import dayjs from 'dayjs'
import { MEETING_DETAIL_PAGE } from '../../contract/meetings-rules'
import { TZ } from '../calendar'

/**
 * Subscribe messages for meetings (the fields are fitted to
 * their kinds when sent: _shared/domain/messaging): the reminder the day before,
 * the answer to a leave request, and the host's one note of leave still
 * waiting for a decision.
 */
export const MEETING_TEMPLATE_ID = SUBSCRIBE_TEMPLATES.meeting.id

export type MeetingMessageKind = 'remind' | 'leave_approved' | 'leave_refused' | 'leave_pending'

const LEADS: Record<MeetingMessageKind, string> = {
  remind: '明天参加会议',
  leave_approved: '请假已批准，请按时补学',
  leave_refused: '请假未批准，请按时参加',
  leave_pending: '有请假申请待审批'
}

export function meetingMessage(kind: MeetingMessageKind, input: { openId: string; meetingId: string; title: string; startAt: Date; place: string }) {
  return {
    touser: input.openId,
    template_id: MEETING_TEMPLATE_ID,
    page: `${MEETING_DETAIL_PAGE}?id=${input.meetingId}`,
    data: {
      thing1: { value: input.title },
      time2: { value: dayjs(input.startAt).tz(TZ).format('YYYY年M月D日 HH:mm') },
      thing3: { value: input.place },
      thing4: { value: LEADS[kind] }
    }
  }
}
