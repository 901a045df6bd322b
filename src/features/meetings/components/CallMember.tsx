import { useState } from 'react'
import Taro from '@tarojs/taro'
import { Text } from '@tarojs/components'
import type { AttendeeView } from '@contract/meetings-api'
import { showError } from '@/lib/toast'
import { callMeetings } from '../api'

/** Whom the officer may phone (the server decides again: domain/meetings/contact.ts): leave, absence, 送学上门. */
export const callable = (member: Pick<AttendeeView, 'status' | 'leave' | 'manualReason'>): boolean =>
  member.leave !== null || member.status === 'absent' || member.manualReason === '送学上门'

/**
 * 联系: the one place a full phone number is shown. Asked for on a tap
 * (meetings contact.phone, audited), shown in a dialog; 拨打 calls it
 * (weapp: makePhoneCall; H5: a tel: link).
 */
export function CallMember({ meetingId, member }: { meetingId: string; member: AttendeeView }) {
  const [busy, setBusy] = useState(false)
  const call = async () => {
    if (busy) return
    setBusy(true)
    try {
      const contact = await callMeetings('contact.phone', { id: meetingId, memberId: member.memberId })
      const { confirm } = await Taro.showModal({
        title: `联系 ${contact.name}`,
        content: `手机号：${contact.phone}（${contact.reason}）`,
        confirmText: '拨打',
        cancelText: '关闭'
      })
      if (!confirm) return
      if (process.env.TARO_ENV === 'h5') window.location.href = `tel:${contact.phone}`
      else await Taro.makePhoneCall({ phoneNumber: contact.phone })
    } catch (error) {
      showError(error)
    } finally {
      setBusy(false)
    }
  }
  return (
    <Text className="ps-m-remove ps-call-member" onClick={() => void call()}>
      联系
    </Text>
  )
}
