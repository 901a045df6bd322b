import { useState } from 'react'
import Taro from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { MEETING_TYPE_LABELS } from '@contract/meetings-rules'
import { EmptyView, ErrorView, LoadingView } from '@/components/RequestStates'
import { listMakeups } from '@/features/meetings/api'
import { formatMeetingTime } from '@/features/meetings/format'
import { useShownAgain } from '@/lib/use-shown-again'
import { formatShanghai } from '@/lib/calendar'
import { StackPage } from '@/layouts/StackPage'
import { useRequest } from '@/lib/use-request'
import { routes } from '@/routes'
// Last, so the page's own styles win over NutUI's, in the same order on every page.
import '@/components/card.css'
import '@/features/meetings/components/meetings.css'

/** 我的补学: the meetings the member missed or was excused from, each done on its meeting page. */
export default function MeetingMakeupPage() {
  const [done, setDone] = useState(false)
  return (
    <StackPage className="ps-meetings-page ps-meeting-makeup-page">
      <View className="ps-m-head">
        <View className="ps-m-head__title">我的补学</View>
        <View className="ps-m-head__sub">请假或缺席的会议结束后，学习会议材料或记录并写下心得即完成补学。</View>
      </View>
      <View className="ps-m-tabs">
        <Text className={`ps-m-tab ps-makeup-tab-open${done ? '' : ' ps-m-tab--on'}`} onClick={() => setDone(false)}>
          待完成
        </Text>
        <Text className={`ps-m-tab ps-makeup-tab-done${done ? ' ps-m-tab--on' : ''}`} onClick={() => setDone(true)}>
          已完成
        </Text>
      </View>
      <MakeupList key={String(done)} done={done} />
    </StackPage>
  )
}

function MakeupList({ done }: { done: boolean }) {
  const { data, error, loading, refetch } = useRequest(() => listMakeups(done ? { done: true } : {}))
  // Back from a meeting where the task was just done: it moves to 已完成.
  useShownAgain(refetch)
  if (loading) return <LoadingView />
  if (error) return <ErrorView error={error} onRetry={refetch} />
  if (!data || data.items.length === 0) return <EmptyView text={done ? '暂无已完成的补学' : '没有待完成的补学'} />
  return (
    <View className="ps-makeup-list">
      {data.items.map(({ meeting, makeup, study }) => (
        <View key={meeting.id} className="ps-m-item ps-makeup-item" onClick={() => void Taro.navigateTo({ url: routes.meetingDetail(meeting.id) })}>
          <View className="ps-m-item__head">
            <Text className="ps-m-type">{MEETING_TYPE_LABELS[meeting.type]}</Text>
            <Text className="ps-m-item__title ps-makeup-item-title">{meeting.title}</Text>
            <Text className={`ps-tag ps-tag--${makeup.completedAt ? 'ok' : 'warn'}`}>{makeup.completedAt ? '已完成' : '待完成'}</Text>
          </View>
          <View className="ps-m-item__meta">{formatMeetingTime(meeting.startAt, meeting.endAt)}</View>
          <View className="ps-m-item__meta ps-makeup-item-due">
            {makeup.completedAt ? `完成于 ${formatShanghai(makeup.completedAt)}` : `请于 ${formatShanghai(makeup.dueAt)} 前完成`}
          </View>
          {!makeup.completedAt && <View className="ps-m-item__meta ps-makeup-item-study">{study.hint}</View>}
        </View>
      ))}
    </View>
  )
}
