import { useEffect, useState } from 'react'
import Taro from '@tarojs/taro'
import { View } from '@tarojs/components'
import type { CheckinPhase, MeetingDetail } from '@contract/meetings-api'
import { CheckinCodeView } from '@/features/meetings/components/CheckinCodeView'
import { LiveAttendance } from '@/features/meetings/components/LiveAttendance'
import { RunnerPage } from '@/features/meetings/components/RunnerPage'
import { formatMeetingTime } from '@/features/meetings/format'
// Last, so the page's own styles win over NutUI's, in the same order on every page.
import '@/components/card.css'
import '@/features/meetings/components/meetings.css'

/** 签到码 (host): the rotating QR code to show on a screen or a phone, and who has checked in, live. */
export default function MeetingScreenPage() {
  return (
    <RunnerPage className="ps-meeting-screen-page" deniedText="只有会议组织者可以出示签到码">
      {(meeting) => <Screen key={meeting.id} meeting={meeting} />}
    </RunnerPage>
  )
}

function Screen({ meeting }: { meeting: MeetingDetail }) {
  const [phase, setPhase] = useState<CheckinPhase | null>(null)
  // weapp: a phone held up as the check-in screen must not dim and lock.
  useEffect(() => {
    if (process.env.TARO_ENV !== 'weapp') return undefined
    void Taro.setKeepScreenOn({ keepScreenOn: true }).catch(() => undefined)
    return () => void Taro.setKeepScreenOn({ keepScreenOn: false }).catch(() => undefined)
  }, [])
  return (
    <View className="ps-meeting-screen">
      <View className="ps-m-head ps-m-head--center">
        <View className="ps-m-head__title ps-meeting-title">{meeting.title}</View>
        <View className="ps-m-head__sub">
          {formatMeetingTime(meeting.startAt, meeting.endAt)} · {meeting.place}
        </View>
      </View>
      <View className="ps-card ps-card--center">
        <CheckinCodeView meetingId={meeting.id} onPhase={setPhase} />
        <View className="ps-muted">请参会党员打开小程序首页“扫码签到”，或用手机扫描二维码。</View>
      </View>
      <LiveAttendance meetingId={meeting.id} phase={phase} />
    </View>
  )
}
