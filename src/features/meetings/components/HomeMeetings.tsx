import Taro from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { MEETING_TYPE_LABELS } from '@contract/meetings-rules'
import { ApiError } from '@/api/errors'
import { showError } from '@/lib/toast'
import { useRequest } from '@/lib/use-request'
import { routes } from '@/routes'
import { listMakeups, listMeetings } from '../api'
import { sceneFromText, tokenFromText } from '../checkin'
import { formatMeetingTime, mineText } from '../format'
import { useShownAgain } from '@/lib/use-shown-again'
import './home-meetings.css'

/**
 * 首页 for a member: the next three meetings with their own state, a link to
 * 待补学 when there is any, and (weapp) 扫码签到. Silent while loading or
 * failing, so the study notices below stay the page's main content.
 */
export function HomeMeetings() {
  const meetings = useRequest(() => listMeetings({ view: 'member', page: 1, pageSize: 3 }))
  const makeups = useRequest(() => listMakeups({}))
  // Back from a meeting (the tab page stays mounted): show the new state.
  useShownAgain(() => {
    meetings.refetch()
    makeups.refetch()
  })

  const items = meetings.data?.items ?? []
  const open = makeups.data?.items.length ?? 0
  const scans = process.env.TARO_ENV === 'weapp'
  if (items.length === 0 && open === 0 && !scans) return null
  return (
    <View className="ps-home-meetings">
      {(scans || open > 0) && (
        <View className="ps-home-meetings__bar">
          {scans && (
            <View className="ps-home-scan" onClick={() => void scan()}>
              扫码签到
            </View>
          )}
          {open > 0 && (
            <View className="ps-home-makeup" onClick={() => void Taro.navigateTo({ url: routes.meetingMakeup() })}>
              待补学 <Text className="ps-home-makeup__count">{open}</Text> ›
            </View>
          )}
        </View>
      )}
      {items.length > 0 && <View className="ps-home-meetings__title">近期会议</View>}
      {items.map((meeting) => {
        const state = meeting.mine ? mineText(meeting.mine) : null
        return (
          <View key={meeting.id} className="ps-home-meeting" onClick={() => void Taro.navigateTo({ url: routes.meetingDetail(meeting.id) })}>
            <View className="ps-home-meeting__head">
              <Text className="ps-home-meeting__type">{MEETING_TYPE_LABELS[meeting.type]}</Text>
              <Text className="ps-home-meeting__title">{meeting.title}</Text>
              {state && <Text className={`ps-home-meeting__state ps-home-meeting__state--${state.tone} ps-home-meeting-state`}>{state.text}</Text>}
            </View>
            <View className="ps-home-meeting__meta">
              {formatMeetingTime(meeting.startAt, meeting.endAt)} · {meeting.place}
            </View>
          </View>
        )
      })}
    </View>
  )
}

/** weapp: scan the host's QR code in the app (a plain path cannot be opened by the WeChat camera). */
async function scan(): Promise<void> {
  let text: string
  try {
    const result = await Taro.scanCode({ scanType: ['qrCode'] })
    text = result.path || result.result || ''
  } catch {
    return // cancelled
  }
  // A 小程序码's scene is passed on as ?t=: the check-in page resolves it (checkinSceneOf).
  const token = tokenFromText(text) || sceneFromText(text)
  if (!token) {
    showError(new ApiError('CHECKIN_INVALID_CODE', '这不是会议签到二维码'))
    return
  }
  await Taro.navigateTo({ url: routes.meetingCheckin(token) })
}
