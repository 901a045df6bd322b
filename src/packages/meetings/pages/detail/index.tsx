import Taro, { useRouter, useShareAppMessage } from '@tarojs/taro'
import { Button as NativeButton, Text, View } from '@tarojs/components'
import type { MeetingDetail } from '@contract/meetings-api'
import { MEETING_TYPE_LABELS } from '@contract/meetings-rules'
import { EmptyView, ErrorView, LoadingView } from '@/components/RequestStates'
import { pagePath } from '@/features/meetings/checkin'
import { LeaveBox } from '@/features/meetings/components/LeaveBox'
import { MakeupBox } from '@/features/meetings/components/MakeupBox'
import { MaterialList } from '@/features/meetings/components/MaterialList'
import { MeetingReminder } from '@/features/meetings/components/MeetingReminder'
import { MeetingSharePoster } from '@/features/meetings/components/MeetingSharePoster'
import { formatMeetingTime, formatWindow, isAhead, mineText } from '@/features/meetings/format'
import { useMeetingDetail, useMyMeeting } from '@/features/meetings/hooks/use-meeting-detail'
import { formatShanghai } from '@/lib/calendar'
import { StackPage } from '@/layouts/StackPage'
import { routes } from '@/routes'
import { Button } from '@/ui/button'
// Last, so the page's own styles win over NutUI's, in the same order on every page.
import '@/components/card.css'
import '@/features/meetings/components/meetings.css'

/** 会议 (everyone invited, and those who run it): what, when, where, my attendance, 请假, 补学; 签到码 and 考勤与记录 for the host. */
export default function MeetingDetailPage() {
  const id = useRouter().params.id ?? ''
  const { error, loading, refetch, meeting } = useMeetingDetail(id)

  // weapp: 转发 opens this meeting for whoever receives it.
  useShareAppMessage(() => ({ title: meeting ? meeting.title : '组织生活', path: meeting ? pagePath(meeting.sharePath) : routes.meetingDetail(id) }))

  let body
  if (!id) body = <EmptyView text="没有指定会议，请从首页进入" />
  else if (loading) body = <LoadingView />
  else if (error) body = <ErrorView error={error} onRetry={refetch} />
  else if (meeting) body = <Detail key={meeting.id} meeting={meeting} />
  return <StackPage className="ps-meetings-page ps-meeting-detail-page">{body}</StackPage>
}

function Detail({ meeting }: { meeting: MeetingDetail }) {
  const { mine, setMine, sharing, setSharing } = useMyMeeting(meeting)
  const open = (url: string) => void Taro.navigateTo({ url })
  const state = mine ? mineText(mine) : null

  return (
    <View className="ps-meeting-detail">
      <View className="ps-m-head">
        <View className="ps-m-head__kicker">
          <Text className="ps-m-type">{MEETING_TYPE_LABELS[meeting.type]}</Text>
          {meeting.recorded && <Text className="ps-tag ps-tag--ok">记录已完成</Text>}
        </View>
        <View className="ps-m-head__title ps-meeting-title">{meeting.title}</View>
        <View className="ps-m-head__sub">{meeting.unitName}</View>
      </View>

      <View className="ps-card ps-meeting-info">
        <InfoRow label="时间" value={formatMeetingTime(meeting.startAt, meeting.endAt)} className="ps-meeting-time" />
        <InfoRow label="地点" value={meeting.place} className="ps-meeting-place-text" />
        <InfoRow label="形式" value={meeting.form} />
        <InfoRow label="主持" value={meeting.host?.name ?? '未指定'} />
        <InfoRow label="签到" value={formatWindow(meeting.checkinOpensAt, meeting.checkinClosesAt, meeting.startAt)} />
      </View>

      {mine && state && (
        <View className="ps-card ps-meeting-mine">
          <View className="ps-card__title">
            我的考勤<Text className={`ps-tag ps-tag--${state.tone} ps-meeting-mine-status`}>{state.text}</Text>
          </View>
          {mine.checkedInAt && <View className="ps-muted ps-meeting-mine-time">签到时间 {formatShanghai(mine.checkedInAt)}</View>}
          {mine.status === 'pending' && !mine.leave && <View className="ps-muted">到会后请扫描主持人出示的签到二维码。</View>}
        </View>
      )}
      {mine?.status === 'pending' && !mine.leave && <MeetingReminder meetingId={meeting.id} startAt={meeting.startAt} />}
      {mine && <LeaveBox meetingId={meeting.id} startAt={meeting.startAt} mine={mine} onChange={setMine} />}
      {mine?.makeup && (
        <MakeupBox
          meetingId={meeting.id}
          makeup={mine.makeup}
          study={meeting.study}
          open={meeting.ended}
          noticeId={meeting.noticeId}
          moderation={mine.moderation?.makeup ?? null}
          onDone={(makeup) => setMine({ ...mine, makeup })}
        />
      )}

      <View className="ps-card ps-meeting-agenda-view">
        <View className="ps-card__title">议程</View>
        {meeting.agenda.length === 0 && <View className="ps-muted">未列出议程</View>}
        {meeting.agenda.map((item, index) => (
          <View key={index} className="ps-m-line-row">
            <Text className="ps-m-line__no">{index + 1}.</Text>
            <Text>{item}</Text>
          </View>
        ))}
      </View>

      {!mine?.makeup && (
        <View className="ps-card">
          <View className="ps-card__title">学习材料</View>
          <MaterialList materials={meeting.materials} noticeId={meeting.noticeId} />
        </View>
      )}

      {meeting.minutes && (
        <View className="ps-card ps-meeting-minutes-view">
          <View className="ps-card__title">会议记录</View>
          <View className="ps-text">{meeting.minutes.content}</View>
          {meeting.minutes.resolutions.map((resolution, index) => (
            <View key={index} className="ps-m-line-row">
              <Text className="ps-m-line__no">决议 {index + 1}.</Text>
              <Text>{resolution}</Text>
            </View>
          ))}
        </View>
      )}

      {meeting.canRun && (
        <View className="ps-card ps-meeting-staff">
          <View className="ps-card__title">会议组织</View>
          <View className="ps-actions ps-actions--left">
            <Button className="ps-meeting-screen-entry" type="primary" size="small" onClick={() => open(routes.meetingScreen(meeting.id))}>
              签到码
            </Button>
            <Button className="ps-meeting-record-entry" size="small" fill="outline" onClick={() => open(routes.meetingRecord(meeting.id))}>
              考勤与记录
            </Button>
            {/* A hint from this device's clock; the server refuses edits after the start (MEETING_STARTED). */}
            {isAhead(meeting.startAt, new Date()) && (
              <Button className="ps-meeting-edit-entry" size="small" fill="outline" onClick={() => open(routes.meetingEdit(meeting.id))}>
                编辑
              </Button>
            )}
          </View>
        </View>
      )}

      <View className="ps-actions">
        {/* weapp: 转发 (useShareAppMessage); H5: the poster with a QR code and the link. */}
        {process.env.TARO_ENV === 'weapp' ? (
          <NativeButton className="ps-meeting-share" openType="share" size="mini">
            转发
          </NativeButton>
        ) : (
          <Button className="ps-meeting-share" size="small" fill="outline" onClick={() => setSharing(true)}>
            分享
          </Button>
        )}
      </View>

      {process.env.TARO_ENV === 'h5' && <MeetingSharePoster visible={sharing} onClose={() => setSharing(false)} meeting={meeting} />}
    </View>
  )
}

function InfoRow({ label, value, className }: { label: string; value: string; className?: string }) {
  return (
    <View className="ps-m-info">
      <Text className="ps-m-info__label">{label}</Text>
      <Text className={`ps-m-info__value ${className ?? ''}`}>{value}</Text>
    </View>
  )
}
