import { useEffect, useRef } from 'react'
import { Text, View } from '@tarojs/components'
import type { DashboardScope, DashboardView, ParticipationRow } from '@contract/dashboard-api'
import { EmptyView, ErrorView, LoadingView } from '@/components/RequestStates'
import { useRequest } from '@/lib/use-request'
import { exportDashboard, viewDashboard } from '../api'
import { ExportButton } from './ExportButton'
import { MemberTable } from './MemberTable'
import { ScheduleChanges } from './ScheduleChanges'
import { SummaryCards } from './SummaryCards'
import { UnitBars } from './UnitBars'
import { UnitTable } from './UnitTable'

/** The unit for the scope: its numbers, then its child units (or, for a branch, its members), and the notice's time changes. */
export function UnitOverview({
  unitId,
  scope,
  onLoaded,
  onOpen
}: {
  unitId: string
  scope: DashboardScope
  onLoaded: (view: DashboardView) => void
  onOpen: (row: ParticipationRow) => void
}) {
  const { data, error, loading, refetch } = useRequest(() => viewDashboard({ unitId, scope }))
  // Names the breadcrumb's step once the server has said what the unit is.
  const onLoadedRef = useRef(onLoaded)
  onLoadedRef.current = onLoaded
  useEffect(() => {
    if (data) onLoadedRef.current(data)
  }, [data])

  if (loading) return <LoadingView />
  if (error) return <ErrorView error={error} onRetry={refetch} />
  if (!data) return null
  const isBranch = data.unit.unitType === 'branch'
  return (
    <View className="ps-dashboard-overview">
      <View className="ps-card">
        <View className="ps-card__title">
          <Text className="ps-dashboard-unit-title">{data.unit.unitName}</Text>
          <Text className="ps-card__title-extra ps-dashboard-scope-label">{data.scopeLabel}</Text>
        </View>
        <SummaryCards row={data.unit} />
        <View className="ps-actions">
          <ExportButton className="ps-dashboard-export-units" text="导出 Excel" request={() => exportDashboard({ unitId, scope, view: 'units' })} />
        </View>
      </View>

      {isBranch ? (
        <MemberTable unitId={unitId} scope={scope} />
      ) : data.children.length === 0 ? (
        <EmptyView text="下级组织在此期间暂无学习安排或会议" />
      ) : (
        <>
          <UnitBars rows={data.children} onOpen={onOpen} />
          <UnitTable unit={data.unit} rows={data.children} onOpen={onOpen} />
          {/* The view reads only counters: a unit nothing reached in this scope has none, so it is not listed. */}
          <View className="ps-muted ps-dashboard-unlisted-note">此期间没有学习安排或会议的下级组织不列出</View>
        </>
      )}

      {'noticeId' in scope && <ScheduleChanges unitId={unitId} noticeId={scope.noticeId} />}
    </View>
  )
}
