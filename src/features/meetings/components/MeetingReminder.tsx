import { MEETING_REMINDER_TIME } from '@contract/meetings-rules'
import { SubscribeBox } from '@/components/SubscribeBox'
import { isAhead } from '../format'
import { MEETING_TEMPLATE_ID } from '@/lib/subscribe-consent'
import { reminderMoment } from '../reminder'

/**
 * 会议提醒 on a meeting the member is expected at: one message on the day
 * before, from the daily timer. Offered only while that moment is still ahead,
 * so the box never promises a message that will not come.
 */
export function MeetingReminder({ meetingId, startAt, now = new Date() }: { meetingId: string; startAt: string; now?: Date }) {
  const moment = reminderMoment(startAt)
  if (!moment || !isAhead(moment, now)) return null
  return (
    <SubscribeBox
      className="ps-meeting-reminder"
      templateId={MEETING_TEMPLATE_ID}
      storageKey={`ps.meetingReminderAsked.${meetingId}`}
      offer={`会前一天 ${MEETING_REMINDER_TIME} 通过微信提醒你参加`}
      action="接收会议提醒"
      done="会议提醒已设置"
      accepted="已开启，会前一天提醒你一次"
    />
  )
}
