import { Text, View } from '@tarojs/components'
import { ErrorView, LoadingView } from '@/components/RequestStates'
import { formatShanghai } from '@/lib/calendar'
import { useRequest } from '@/lib/use-request'
import { listScheduleChanges } from '../api'

/** 调整时间: the branches under the unit that moved this notice's study time, with the new time (Shanghai), form and place. */
export function ScheduleChanges({ unitId, noticeId }: { unitId: string; noticeId: string }) {
  const { data, error, loading, refetch } = useRequest(() => listScheduleChanges({ unitId, noticeId }))
  return (
    <View className="ps-card ps-dashboard-changes">
      <View className="ps-card__title">调整时间{data && <Text className="ps-card__title-extra">{data.items.length} 个支部</Text>}</View>
      {loading && <LoadingView />}
      {error && <ErrorView error={error} onRetry={refetch} />}
      {data && data.items.length === 0 && <View className="ps-muted ps-dashboard-changes-empty">暂无支部调整学习时间</View>}
      {data?.items.map((change) => (
        <View key={change.unitId} className="ps-d-change ps-dashboard-change">
          <Text className="ps-d-change__unit ps-dashboard-change-unit">{change.unitName}</Text>
          <Text className="ps-d-change__what">
            {formatShanghai(change.startAt)} · {change.form} · {change.place}
          </Text>
        </View>
      ))}
    </View>
  )
}
