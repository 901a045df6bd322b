import { useRef } from 'react'
import Taro, { useDidShow } from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { PENDING_REVIEW_DAYS, PENDING_REVIEW_MAX_BRANCHES } from '@contract/notices-api'
import { ErrorView } from '@/components/RequestStates'
import { formatDay } from '@/lib/calendar'
import { useRequest } from '@/lib/use-request'
import { routes } from '@/routes'
import { listPendingReviews } from '../api'
import './work-push.css'

/**
 * 工作台 · 待处理 · 讨论待批阅: per recent notice and branch, how many submitted
 * answers wait for review; a tap opens the branch's page, where they are
 * reviewed (已阅 / 退回修改). Read again whenever the 工作台 shows.
 */
export function PendingReviews() {
  const { data, error, loading, refetch } = useRequest(() => listPendingReviews())
  const shown = useRef(false)
  useDidShow(() => {
    if (shown.current) refetch()
    shown.current = true
  })

  if (loading && !data) return <View className="ps-muted ps-work-reviews ps-work-reviews--loading">正在读取待批阅的讨论…</View>
  if (error) return <ErrorView error={error} onRetry={refetch} />
  const items = data?.items ?? []
  return (
    <View className="ps-work-reviews">
      <View className="ps-work-reviews__head ps-work-reviews-count">{items.length ? `讨论待批阅 ${data?.total ?? 0} 条` : '暂无待批阅的讨论'}</View>
      {items.map((item) => (
        <View
          key={`${item.noticeId}:${item.unitId}`}
          className="ps-work-review"
          onClick={() => void Taro.navigateTo({ url: routes.noticeBranch(item.noticeId, item.unitId) })}
        >
          <View className="ps-work-review__main">
            <Text className="ps-work-review__title">{item.title}</Text>
            <Text className="ps-work-review__meta">
              {item.unitName} · 学习日 {formatDay(item.firstDate)}
            </Text>
          </View>
          <Text className="ps-work-review__count">
            待批阅 <Text className="ps-work-review-pending">{item.pending}</Text> 人 ›
          </Text>
        </View>
      ))}
      {items.length > 0 && <View className="ps-work-reviews__note">近 {PENDING_REVIEW_DAYS} 天发布的学习安排；点开进入支部页批阅。</View>}
      {data?.truncated && <View className="ps-work-reviews__note">仅统计前 {PENDING_REVIEW_MAX_BRANCHES} 个党支部。</View>}
    </View>
  )
}
