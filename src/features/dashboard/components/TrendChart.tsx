import { useState } from 'react'
import { Text, View } from '@tarojs/components'
import { ErrorView, LoadingView } from '@/components/RequestStates'
import { useRequest } from '@/lib/use-request'
import { exportDashboard, getTrend } from '../api'
import { hasActivity, trendMonths, type TrendMonth } from '../trend'
import { ExportButton } from './ExportButton'

const rate = (value: number | null): string => (value === null ? '—' : `${value}%`)

/** Twelve small months of 已学习材料率 and 出席率 over the year; a tap on a month says its numbers. */
export function TrendChart({ unitId, year }: { unitId: string; year: number }) {
  const { data, error, loading, refetch } = useRequest(() => getTrend({ unitId, year }))
  const [picked, setPicked] = useState<string | null>(null)
  const months = data ? trendMonths(data.points) : []
  // Until a month is tapped: the last one with anything in it.
  const shown: TrendMonth | undefined =
    months.find((month) => month.month === picked) ?? [...months].reverse().find((month) => month.readRate !== null || month.attendanceRate !== null)

  return (
    <View className="ps-card ps-dashboard-trend">
      <View className="ps-card__title">
        {year}年趋势
        <View className="ps-d-legend">
          <Text className="ps-d-legend__item ps-d-legend__item--read">已学习材料率</Text>
          <Text className="ps-d-legend__item ps-d-legend__item--attend">出席率</Text>
        </View>
      </View>
      {loading && <LoadingView />}
      {error && <ErrorView error={error} onRetry={refetch} />}
      {data && !hasActivity(data.points) && <View className="ps-muted ps-dashboard-trend-empty">{year}年暂无学习安排或会议</View>}
      {data && hasActivity(data.points) && (
        <>
          <View className="ps-d-trend">
            {months.map((month) => (
              <View
                key={month.month}
                className={`ps-d-trend__month ps-dashboard-trend-month${shown?.month === month.month ? ' ps-d-trend__month--on' : ''}`}
                onClick={() => setPicked(month.month)}
              >
                <View className="ps-d-trend__bars">
                  <View className="ps-d-trend__bar ps-d-trend__bar--read" style={{ height: `${month.readRate ?? 0}%` }} />
                  <View className="ps-d-trend__bar ps-d-trend__bar--attend" style={{ height: `${month.attendanceRate ?? 0}%` }} />
                </View>
                <Text className="ps-d-trend__label">{month.label}</Text>
              </View>
            ))}
          </View>
          {shown && (
            <View className="ps-muted ps-dashboard-trend-picked">
              {shown.label}：已学习材料率 {rate(shown.readRate)} · 出席率 {rate(shown.attendanceRate)}
            </View>
          )}
          <View className="ps-actions">
            <ExportButton
              className="ps-dashboard-export-trend"
              text="导出 Excel"
              request={() => exportDashboard({ unitId, scope: { period: 'year', day: `${year}-06-30` }, view: 'trend' })}
            />
          </View>
        </>
      )}
    </View>
  )
}
