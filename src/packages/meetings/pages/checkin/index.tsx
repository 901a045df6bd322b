import Taro, { useRouter } from '@tarojs/taro'
import { View } from '@tarojs/components'
import { EmptyView, LoadingView } from '@/components/RequestStates'
import { resolveCheckinScene, scanCheckin } from '@/features/meetings/api'
import { checkinSceneOf, tokenFromParams } from '@/features/meetings/checkin'
import { checkinHint } from '@/features/meetings/checkin-errors'
import { formatShanghai } from '@/lib/calendar'
import { StackPage } from '@/layouts/StackPage'
import { useRequest } from '@/lib/use-request'
import { routes } from '@/routes'
import { Button } from '@/ui/button'
// Last, so the page's own styles win over NutUI's, in the same order on every page.
import '@/components/card.css'
import '@/features/meetings/components/meetings.css'

/**
 * 会议签到: what the QR code opens (?t=, or a 小程序码's scene: options.scene on weapp, ?scene= on H5). It
 * checks in on arrival; the server decides on time, late or refused.
 */
export default function MeetingCheckinPage() {
  const params = useRouter().params
  // A 小程序码 carries a short-code scene: resolved to the window's token (only while valid), then checked in as before.
  const scene = checkinSceneOf(params)
  const token = scene || tokenFromParams(params)
  const { data, error, loading, refetch } = useRequest(() => {
    if (scene) return resolveCheckinScene({ scene }).then((resolved) => scanCheckin({ token: resolved.token }))
    return token ? scanCheckin({ token }) : Promise.resolve(null)
  })

  let body
  if (!token) body = <EmptyView text="没有签到码，请扫描主持人出示的签到二维码" />
  else if (loading) body = <LoadingView text="正在签到…" />
  else if (error) {
    body = (
      <View className="ps-checkin-result ps-checkin-result--error">
        <View className="ps-checkin-result__mark">!</View>
        <View className="ps-checkin-result__title">签到未成功</View>
        <View className="ps-checkin-error">{error.message}</View>
        {checkinHint(error.code) && <View className="ps-muted ps-checkin-hint">{checkinHint(error.code)}</View>}
        <View className="ps-actions ps-actions--center">
          {error.code === 'CHECKIN_NOT_OPEN' && (
            <Button className="ps-checkin-retry" type="primary" size="small" onClick={refetch}>
              重新签到
            </Button>
          )}
          <Button size="small" fill="outline" onClick={() => void Taro.switchTab({ url: routes.home })}>
            返回首页
          </Button>
        </View>
      </View>
    )
  } else if (data) {
    const title = data.already ? '已签到' : data.status === 'late' ? '迟到签到' : '签到成功'
    body = (
      <View className={`ps-checkin-result ps-checkin-result--${data.already ? 'already' : data.status}`}>
        <View className="ps-checkin-result__mark">✓</View>
        <View className="ps-checkin-result__title ps-checkin-status">{title}</View>
        <View className="ps-checkin-result__meeting ps-checkin-meeting">{data.title}</View>
        <View className="ps-muted ps-checkin-time">
          {data.already ? '此前已于' : '签到时间'} {formatShanghai(data.checkedInAt)}
          {data.already ? ' 签到，无需重复签到' : ''}
          {data.status === 'late' ? '（迟到）' : ''}
        </View>
        <View className="ps-actions ps-actions--center">
          <Button
            className="ps-checkin-open-meeting"
            type="primary"
            size="small"
            onClick={() => void Taro.redirectTo({ url: routes.meetingDetail(data.meetingId) })}
          >
            查看会议
          </Button>
          <Button size="small" fill="outline" onClick={() => void Taro.switchTab({ url: routes.home })}>
            返回首页
          </Button>
        </View>
      </View>
    )
  }
  return <StackPage className="ps-meetings-page ps-meeting-checkin-page">{body}</StackPage>
}
