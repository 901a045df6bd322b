import { SubscribeBox } from '@/components/SubscribeBox'
import { reminderAskedKey, STUDY_TEMPLATE_ID } from '../subscribe'

/** 接收学习提醒 on a notice: WeChat's consent for the study template, from a tap only, remembered per device and notice. */
export function ReminderBox({ noticeId }: { noticeId: string }) {
  return (
    <SubscribeBox
      templateId={STUDY_TEMPLATE_ID}
      storageKey={reminderAskedKey(noticeId)}
      offer="有新的学习安排或催办时，通过微信提醒你"
      action="接收学习提醒"
      done="学习提醒已设置"
      accepted="已开启，有新安排或催办时提醒你一次"
    />
  )
}
