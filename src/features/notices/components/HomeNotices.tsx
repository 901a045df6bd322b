import { useRef } from 'react'
import Taro, { useDidShow } from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import type { NoticeSummary } from '@contract/notices-api'
import { ListFooter } from '@/components/ListFooter'
import { EmptyView, ErrorView, LoadingView } from '@/components/RequestStates'
import { usePagedList } from '@/lib/use-paged-list'
import { routes } from '@/routes'
import { listNotices } from '../api'
import { groupByWeek, mineLabel } from '../format'
import { formatDay } from '@/lib/calendar'
import './home-notices.css'

const PAGE_SIZE = 20

/** 首页 for a member: the notices sent to their branch, this week's first, unread ones marked. */
export function HomeNotices({ memberId }: { memberId: string }) {
  const list = usePagedList<NoticeSummary>(memberId, (page) => listNotices({ view: 'member', page, pageSize: PAGE_SIZE }))
  // Back from a notice (the tab page stays mounted): show it as read or answered now.
  const shown = useRef(false)
  useDidShow(() => {
    if (shown.current) list.refresh()
    shown.current = true
  })
  if (list.loading) return <LoadingView />
  if (list.error) return <ErrorView error={list.error} onRetry={list.refresh} />
  if (list.items.length === 0) return <EmptyView text="暂无学习安排" />
  const groups = groupByWeek(list.items, new Date())
  return (
    <View className="ps-home-notices">
      <NoticeGroup title="本周学习" items={groups.thisWeek} />
      <NoticeGroup title="即将开展" items={groups.upcoming} />
      <NoticeGroup title="往期学习" items={groups.earlier} />
      <ListFooter list={list} unit="期" />
    </View>
  )
}

function NoticeGroup({ title, items }: { title: string; items: NoticeSummary[] }) {
  if (items.length === 0) return null
  return (
    <View className="ps-home-group">
      <View className="ps-home-group__title">{title}</View>
      {items.map((item) => (
        <NoticeItem key={item.id} notice={item} />
      ))}
    </View>
  )
}

function NoticeItem({ notice }: { notice: NoticeSummary }) {
  const unread = notice.mine ? !notice.mine.read : false
  const state = notice.mine ? mineLabel(notice.mine) : null
  return (
    <View className={`ps-notice-item${unread ? ' ps-notice-unread' : ''}`} onClick={() => void Taro.navigateTo({ url: routes.noticeDetail(notice.id) })}>
      <View className="ps-notice-item__head">
        {unread && <View className="ps-notice-item__dot" />}
        <Text className="ps-notice-item__title">{notice.title}</Text>
        {state && <Text className={`ps-notice-item__state ps-notice-item__state--${state.tone}`}>{state.text}</Text>}
      </View>
      <View className="ps-notice-item__theme">{notice.theme}</View>
      <View className="ps-notice-item__date">学习日 {formatDay(notice.firstDate)}</View>
    </View>
  )
}
