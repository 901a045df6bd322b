import { useEffect } from 'react'
import { Link, useLocation } from 'react-router-dom'
import { Breadcrumb, DatePicker, Radio, Space, Tabs } from 'tdesign-react'
import type { DashboardScope, PeriodKind } from '@contract/dashboard-api'
import type { UnitView } from '@contract/org'
import { StatusView } from '../../components/StatusView'
import { useCall } from '../../lib/use-call'
import { viewMembers, viewQuotas, viewTrend, viewUnits } from './api'
import { ExportButton } from './components/ExportButton'
import { MembersPanel } from './components/MembersPanel'
import { QuotasPanel } from './components/QuotasPanel'
import { NoticePicker, UnitPicker } from './components/ScopePickers'
import { TrendPanel } from './components/TrendPanel'
import { UnitsPanel } from './components/UnitsPanel'
import { PERIOD_LABELS, PERIODS, useDashboardState, type DashboardTab } from './dashboard-state'
import type { UnitTableRow } from './rows'
import { rememberUnitNames, unitName } from './unit-names'

/** 数据看板: participation of a unit and its child units, down to a branch's members, for a period or one notice. */
export function DashboardPage() {
  const state = useDashboardState()
  const { q, set, scope, scopeKey, tab, year } = state
  const location = useLocation()

  // Without a unit in the URL the caller's widest scope is shown; the units view names it for the other tabs.
  const units = useCall(tab === 'units' || !q.unit ? `units|${q.unit}|${scopeKey}` : null, () => viewUnits(q.unit || undefined, scope))
  const unitId = q.unit || units.data?.unit.unitId || ''
  useEffect(() => {
    if (units.data) rememberUnitNames([units.data.unit, ...units.data.children])
  }, [units.data])

  const members = useCall(tab === 'members' && unitId ? `members|${unitId}|${scopeKey}` : null, () => viewMembers(unitId, scope))
  const trend = useCall(tab === 'trend' && unitId ? `trend|${unitId}|${year}` : null, () => viewTrend(unitId, year))
  const quotas = useCall(tab === 'quotas' && unitId ? `quotas|${unitId}|${year}` : null, () => viewQuotas(unitId, year))

  const drillTo = (row: UnitTableRow): string => {
    const next = new URLSearchParams(location.search)
    next.set('unit', row.unitId)
    next.set('tab', row.drill === 'members' ? 'members' : 'units')
    next.set('trail', [...state.trail, unitId].filter(Boolean).join(','))
    next.delete('sort')
    next.delete('page')
    return `${location.pathname}?${next.toString()}`
  }
  const crumbTo = (index: number): string => {
    const next = new URLSearchParams(location.search)
    next.set('unit', state.trail[index])
    next.set('tab', 'units')
    next.set('trail', state.trail.slice(0, index).join(','))
    next.delete('sort')
    next.delete('page')
    return `${location.pathname}?${next.toString()}`
  }

  const title = tab === 'members' ? members.data?.unitName : units.data?.unit.unitName
  const tabs: Array<{ value: DashboardTab; label: string }> =
    tab === 'members'
      ? [{ value: 'members', label: '党员明细' }]
      : [
          { value: 'units', label: '参与情况' },
          { value: 'trend', label: '全年趋势' },
          { value: 'quotas', label: '年度要求' }
        ]

  return (
    <div className="page dashboard-page">
      <div className="page-head">
        <div>
          {state.trail.length > 0 ? (
            <Breadcrumb maxItemWidth="160">
              {state.trail.map((id, index) => (
                <Breadcrumb.BreadcrumbItem key={id}>
                  <Link to={crumbTo(index)}>{unitName(id) ?? '上一级'}</Link>
                </Breadcrumb.BreadcrumbItem>
              ))}
              <Breadcrumb.BreadcrumbItem>{title ?? unitName(unitId) ?? '…'}</Breadcrumb.BreadcrumbItem>
            </Breadcrumb>
          ) : null}
          <h2 data-testid="dashboard-title">{title ?? unitName(unitId) ?? '数据看板'}</h2>
        </div>
        <ExportButton unitId={unitId} scope={scope} view={tab} />
      </div>
      <ScopeBar
        scope={scope}
        period={state.period}
        day={state.day}
        unitId={unitId}
        onPeriod={(period) => set({ period, notice: null, page: null })}
        onDay={(day) => set({ day, page: null })}
        onNotice={(notice) => set({ notice, page: null })}
        onUnit={(unit) => set({ unit: unit.id, tab: unit.type === 'branch' ? 'members' : 'units', trail: null, sort: null, page: null })}
      />
      <Tabs value={tab} onChange={(value) => set({ tab: String(value), page: null, sort: null })}>
        {tabs.map((t) => (
          <Tabs.TabPanel key={t.value} value={t.value} label={t.label} destroyOnHide />
        ))}
      </Tabs>
      {tab === 'units' ? (
        <StatusView loading={units.loading} error={units.error} onRetry={units.reload}>
          {units.data ? <UnitsPanel view={units.data} state={state} drillTo={drillTo} /> : null}
        </StatusView>
      ) : null}
      {tab === 'members' ? (
        <StatusView loading={members.loading} error={members.error} onRetry={members.reload}>
          {members.data ? <MembersPanel data={members.data} state={state} /> : null}
        </StatusView>
      ) : null}
      {tab === 'trend' ? (
        <StatusView loading={trend.loading} error={trend.error} onRetry={trend.reload}>
          {trend.data ? <TrendPanel points={trend.data.points} /> : null}
        </StatusView>
      ) : null}
      {tab === 'quotas' ? (
        <StatusView
          loading={quotas.loading}
          error={quotas.error}
          onRetry={quotas.reload}
          empty={quotas.data?.branches.length === 0}
          emptyText="范围内暂无党支部"
        >
          {quotas.data ? <QuotasPanel branches={quotas.data.branches} /> : null}
        </StatusView>
      ) : null}
    </div>
  )
}

function ScopeBar(props: {
  scope: DashboardScope
  period: PeriodKind
  day: string
  unitId: string
  onPeriod: (period: PeriodKind) => void
  onDay: (day: string) => void
  onNotice: (noticeId: string | null) => void
  onUnit: (unit: UnitView) => void
}) {
  const noticeId = 'noticeId' in props.scope ? props.scope.noticeId : ''
  return (
    <Space className="scope-bar" align="center" breakLine>
      <UnitPicker unitId={props.unitId} onPick={props.onUnit} />
      {noticeId ? null : (
        <>
          <Radio.Group variant="default-filled" value={props.period} onChange={(value) => props.onPeriod(value as PeriodKind)}>
            {PERIODS.map((period) => (
              <Radio.Button key={period} value={period}>
                {PERIOD_LABELS[period].replace('本', '按')}
              </Radio.Button>
            ))}
          </Radio.Group>
          <DatePicker value={props.day} onChange={(value) => typeof value === 'string' && value && props.onDay(value)} clearable={false} />
        </>
      )}
      <NoticePicker noticeId={noticeId} onPick={props.onNotice} />
      <span className="muted">{noticeId ? '按这期学习安排统计；清除后按时间段统计' : `统计包含该日期的${PERIOD_LABELS[props.period].slice(1)}`}</span>
    </Space>
  )
}
