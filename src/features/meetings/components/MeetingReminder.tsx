import { SubscribeBox } from '@/components/SubscribeBox'
import { MEETING_TEMPLATE_ID } from '@/lib/subscribe-consent'

/** 会前提醒 on a meeting the member is invited to and that is still ahead: one message the day before (dailyMeetings timer). */
export function MeetingReminder({ meetingId }: { meetingId: string }) {
  return (
    <SubscribeBox
      className="ps-meeting-reminder"
      templateId={MEETING_TEMPLATE_ID}
      storageKey={`ps.meetingReminderAsked.${meetingId}`}
      offer="会前一天通过微信提醒你参加"
      action="接收会议提醒"
      done="会议提醒已设置"
      accepted="已开启，会前一天提醒你一次"
    />
  )
}
