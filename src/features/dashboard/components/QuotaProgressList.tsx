import { Text, View } from '@tarojs/components'
import { EmptyView, ErrorView, LoadingView } from '@/components/RequestStates'
import { useRequest } from '@/lib/use-request'
import { getQuotaProgress } from '../api'
import { branchesBehind, countFromText, doneWidth, expectedWidth, quotasSummary, quotaText } from '../quota-view'

/**
 * 年度要求: each branch under the unit (or the branch itself) against the
 * year's requirements, those behind first (the server's order). The bar is
 * what is done of the year; the mark is where the calendar says it should be.
 * Each branch says from which day it is counted and why; each item, the
 * target in force and why (the 按月开展 switch can raise it).
 */
export function QuotaProgressList({ unitId, year }: { unitId: string; year: number }) {
  const { data, error, loading, refetch } = useRequest(() => getQuotaProgress({ unitId, year }))
  if (loading) return <LoadingView />
  if (error) return <ErrorView error={error} onRetry={refetch} />
  if (!data) return null
  if (data.branches.length === 0) return <EmptyView text="下属暂无党支部" />
  const behind = branchesBehind(data.branches)
  return (
    <View className="ps-dashboard-quotas">
      <View className={`ps-status${behind > 0 ? ' ps-status--warn' : ''} ps-dashboard-quotas-summary`}>{quotasSummary(data.branches)}</View>
      {data.branches.map((branch) => (
        <View key={branch.unitId} className="ps-card ps-dashboard-quota-branch">
          <View className="ps-card__title">
            <Text className="ps-dashboard-quota-branch-name">{branch.unitName}</Text>
            {branch.behind.length > 0 ? (
              <Text className="ps-tag ps-tag--bad ps-dashboard-quota-behind">落后 {branch.behind.length} 项</Text>
            ) : branch.countFrom === null ? (
              <Text className="ps-tag ps-dashboard-quota-not-started">未开始计算</Text>
            ) : (
              <Text className="ps-tag ps-tag--ok ps-dashboard-quota-on-track">按进度</Text>
            )}
          </View>
          <View className="ps-d-quota__from ps-dashboard-quota-count-from">{countFromText(branch)}</View>
          {branch.items.map((item) => (
            <View key={item.key} className={`ps-d-quota ps-dashboard-quota-item${item.behind ? ' ps-d-quota--behind' : ''}`}>
              <View className="ps-d-quota__head">
                <Text className="ps-d-quota__label">{item.label}</Text>
                {item.behind && <Text className="ps-tag ps-tag--bad">落后</Text>}
                <Text className="ps-d-quota__count ps-dashboard-quota-count">{quotaText(item)}</Text>
              </View>
              <View className="ps-d-bar ps-d-bar--quota">
                <View className="ps-d-bar__fill" style={{ width: `${doneWidth(item)}%` }} />
                {item.expectedByNow > 0 && <View className="ps-d-bar__mark" style={{ left: `${expectedWidth(item)}%` }} />}
              </View>
              <View className="ps-d-quota__reason ps-dashboard-quota-target-reason">
                要求 {item.target} 次：{item.targetReason}
              </View>
              {item.detail && <View className="ps-d-quota__detail ps-dashboard-quota-detail">{item.detail}</View>}
            </View>
          ))}
        </View>
      ))}
    </View>
  )
}
