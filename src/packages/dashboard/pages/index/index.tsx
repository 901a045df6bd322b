import { useEffect, useRef, useState } from 'react'
import { STUDY_STATE_EXPLANATION } from '@contract/notices'
import Taro, { useRouter } from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import type { DashboardScope, DashboardView, ParticipationRow } from '@contract/dashboard-api'
import type { WorkbenchScope } from '@contract/me'
import { EmptyView, ErrorView, LoadingView } from '@/components/RequestStates'
import { canManageQuotas } from '@/features/dashboard/access'
import { exportDashboard, viewDashboard } from '@/features/dashboard/api'
import { Breadcrumb } from '@/features/dashboard/components/Breadcrumb'
import { DashboardAccess } from '@/features/dashboard/components/DashboardAccess'
import { ExportButton } from '@/features/dashboard/components/ExportButton'
import { MemberTable } from '@/features/dashboard/components/MemberTable'
import { QuotaProgressList } from '@/features/dashboard/components/QuotaProgressList'
import { ScheduleChanges } from '@/features/dashboard/components/ScheduleChanges'
import { ScopePicker } from '@/features/dashboard/components/ScopePicker'
import { SummaryCards } from '@/features/dashboard/components/SummaryCards'
import { TrendChart } from '@/features/dashboard/components/TrendChart'
import { UnitBars } from '@/features/dashboard/components/UnitBars'
import { UnitTable } from '@/features/dashboard/components/UnitTable'
import { YearStepper } from '@/features/dashboard/components/YearStepper'
import { usePageMessageInbox } from '@/lib/page-messages'
import { defaultScope, scopeKey, scopeYear, yearScope } from '@/features/dashboard/scope'
import { backTo, drillInto, named, startTrail } from '@/features/dashboard/trail'
import { useShownAgain } from '@/lib/use-shown-again'
import { StackPage } from '@/layouts/StackPage'
import { useRequest } from '@/lib/use-request'
import { routes } from '@/routes'
import { Button } from '@/ui/button'
// Last, so the page's own styles win over NutUI's, in the same order on every page.
import '@/components/card.css'
import '@/features/dashboard/components/dashboard.css'

type Tab = 'units' | 'quotas'

/**
 * 数据看板 (?unitId=, optional &tab=quotas as the monthly reminder opens it):
 * a unit's participation for a period or a notice, its child units as bars
 * and a table to drill into, a branch's members by name, the year's trend,
 * and the yearly requirements. Units are compared; people are only listed.
 */
export default function DashboardPage() {
  const { unitId = '', tab } = useRouter().params
  return (
    <StackPage className="ps-dashboard-page">
      <DashboardAccess unitId={unitId}>
        {(rootId, memberId, scopes) => (
          <Dashboard
            key={`${rootId}:${memberId}`}
            rootId={rootId}
            known={scopes.find((scope) => scope.unitId === rootId)}
            firstTab={tab === 'quotas' ? 'quotas' : 'units'}
            managesQuotas={canManageQuotas(scopes)}
          />
        )}
      </DashboardAccess>
    </StackPage>
  )
}

/** `known`: the unit opened first as a 工作台 scope, when it is one (then named before anything loads). */
function Dashboard({ rootId, known, firstTab, managesQuotas }: { rootId: string; known?: WorkbenchScope; firstTab: Tab; managesQuotas: boolean }) {
  const [tab, setTab] = useState<Tab>(firstTab)
  const [scope, setScope] = useState<DashboardScope>(() => defaultScope(new Date()))
  const [trail, setTrail] = useState(() => startTrail(rootId, known))
  // Bumped when the requirements were changed on the settings page, to reload 年度要求.
  const [quotasRound, setQuotasRound] = useState(0)
  const savedQuotas = usePageMessageInbox('dashboard.quotas-saved')
  useShownAgain(() => {
    if (savedQuotas.take()) setQuotasRound((n) => n + 1)
  })
  // 年度要求 moves by year only; until stepped it follows the period chosen on 参与情况.
  const [steppedYear, setSteppedYear] = useState<number | null>(null)
  const unit = trail[trail.length - 1]
  const year = scopeYear(scope, new Date())
  const quotaYear = steppedYear ?? year

  const open = (row: ParticipationRow) => setTrail((current) => drillInto(current, row))
  const loaded = (view: DashboardView) => setTrail((current) => named(current, view.unit))

  return (
    <View className="ps-dashboard">
      <View className="ps-d-head">
        <View className="ps-d-head__title">数据看板</View>
        <View className="ps-d-head__sub">按组织统计已学习材料、已提交讨论、出席与补学；党员只按姓名列出，不做个人排名，也不统计停留时长。</View>
        <View className="ps-d-head__sub ps-study-states-explained">{STUDY_STATE_EXPLANATION}</View>
      </View>
      <Breadcrumb trail={trail} onBack={(index) => setTrail((current) => backTo(current, index))} />

      <View className="ps-d-tabs">
        <Text className={`ps-d-tab ps-dashboard-tab-units${tab === 'units' ? ' ps-d-tab--on' : ''}`} onClick={() => setTab('units')}>
          参与情况
        </Text>
        <Text className={`ps-d-tab ps-dashboard-tab-quotas${tab === 'quotas' ? ' ps-d-tab--on' : ''}`} onClick={() => setTab('quotas')}>
          年度要求
        </Text>
      </View>

      {tab === 'units' ? (
        <>
          <ScopePicker unitId={rootId} scope={scope} onChange={setScope} />
          <UnitOverview key={`${unit.unitId}:${scopeKey(scope)}`} unitId={unit.unitId} scope={scope} onLoaded={loaded} onOpen={open} />
          <TrendChart key={`${unit.unitId}:${year}`} unitId={unit.unitId} year={year} />
        </>
      ) : (
        <View className="ps-dashboard-quota-tab">
          <YearStepper year={quotaYear} onChange={setSteppedYear} />
          <View className="ps-card">
            <View className="ps-card__title">
              <Text className="ps-dashboard-quota-year">{quotaYear}年度要求</Text>
              <Text className="ps-card__title-extra">{unit.unitName}</Text>
            </View>
            <View className="ps-muted">
              集体学习、专题研讨、主题党日、党课、专题组织生活会、民主评议党员，从各支部的起算日期起，按已过去的月份计算应开展的次数；只计已召开的会议。
            </View>
            <View className="ps-actions">
              {managesQuotas && (
                <Button
                  className="ps-dashboard-quota-settings-entry"
                  size="small"
                  fill="outline"
                  onClick={() => void Taro.navigateTo({ url: routes.dashboardQuotas() })}
                >
                  年度要求设置
                </Button>
              )}
              <ExportButton
                className="ps-dashboard-export-quotas"
                text="导出 Excel"
                request={() => exportDashboard({ unitId: unit.unitId, scope: yearScope(quotaYear), view: 'quotas' })}
              />
            </View>
          </View>
          <QuotaProgressList key={`${unit.unitId}:${quotaYear}:${quotasRound}`} unitId={unit.unitId} year={quotaYear} />
        </View>
      )}
    </View>
  )
}

/** The unit for the scope: its numbers, then its child units (or, for a branch, its members), and the notice's time changes. */
function UnitOverview({
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
