import { useState } from 'react'
import Taro from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { showDone, showError } from '@/lib/toast'
import { Button } from '@/ui/button'
import { askStudyReminder, reminderAskedKey } from '../subscribe'

/**
 * 接收学习提醒: WeChat's consent dialog, only ever from this tap (never on
 * open). Each consent allows one message; the button remembers, per device
 * and notice, that it was asked.
 */
export function ReminderBox({ noticeId }: { noticeId: string }) {
  const [asked, setAsked] = useState<boolean>(() => {
    try {
      return Boolean(Taro.getStorageSync(reminderAskedKey(noticeId)))
    } catch {
      return false
    }
  })
  const [busy, setBusy] = useState(false)

  const ask = async () => {
    if (busy) return
    setBusy(true)
    try {
      const accepted = await askStudyReminder()
      try {
        Taro.setStorageSync(reminderAskedKey(noticeId), accepted > 0 ? 'accepted' : 'rejected')
      } catch {
        // Not remembered: the button simply stays.
      }
      setAsked(true)
      showDone(accepted > 0 ? '已开启，有新安排或催办时提醒你一次' : '未开启提醒')
    } catch (error) {
      showError(error)
    } finally {
      setBusy(false)
    }
  }

  return (
    <View className="ps-subscribe-box">
      <Text>{asked ? '学习提醒已设置' : '有新的学习安排或催办时，通过微信提醒你'}</Text>
      {!asked && (
        <Button className="ps-subscribe" size="small" fill="outline" loading={busy} onClick={() => void ask()}>
          接收学习提醒
        </Button>
      )}
    </View>
  )
}
