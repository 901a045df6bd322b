import { STUDY_STATE_EXPLANATION } from '@contract/notices'
import Taro, { useRouter } from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import type { WorkbenchScope } from '@contract/me'
import { canManageQuotas } from '@/features/dashboard/access'
import { exportDashboard } from '@/features/dashboard/api'
import { Breadcrumb } from '@/features/dashboard/components/Breadcrumb'
import { DashboardAccess } from '@/features/dashboard/components/DashboardAccess'
import { ExportButton } from '@/features/dashboard/components/ExportButton'
import { QuotaProgressList } from '@/features/dashboard/components/QuotaProgressList'
import { ScopePicker } from '@/features/dashboard/components/ScopePicker'
import { TrendChart } from '@/features/dashboard/components/TrendChart'
import { UnitOverview } from '@/features/dashboard/components/UnitOverview'
import { YearStepper } from '@/features/dashboard/components/YearStepper'
import { useDashboard, type DashboardTab } from '@/features/dashboard/hooks/use-dashboard'
import { scopeKey, yearScope } from '@/features/dashboard/scope'
import { StackPage } from '@/layouts/StackPage'
import { routes } from '@/routes'
import { Button } from '@/ui/button'
// Last, so the page's own styles win over NutUI's, in the same order on every page.
import '@/components/card.css'
import '@/features/dashboard/components/dashboard.css'

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
function Dashboard({ rootId, known, firstTab, managesQuotas }: { rootId: string; known?: WorkbenchScope; firstTab: DashboardTab; managesQuotas: boolean }) {
  const d = useDashboard(rootId, known, firstTab)
  const { tab, scope, unit, year, quotaYear } = d
  return (
    <View className="ps-dashboard">
      <View className="ps-d-head">
        <View className="ps-d-head__title">数据看板</View>
        <View className="ps-d-head__sub">按组织统计已学习材料、已提交讨论、出席与补学；党员只按姓名列出，不做个人排名，也不统计停留时长。</View>
        <View className="ps-d-head__sub ps-study-states-explained">{STUDY_STATE_EXPLANATION}</View>
      </View>
      <Breadcrumb trail={d.trail} onBack={d.back} />

      <View className="ps-d-tabs">
        <Text className={`ps-d-tab ps-dashboard-tab-units${tab === 'units' ? ' ps-d-tab--on' : ''}`} onClick={() => d.setTab('units')}>
          参与情况
        </Text>
        <Text className={`ps-d-tab ps-dashboard-tab-quotas${tab === 'quotas' ? ' ps-d-tab--on' : ''}`} onClick={() => d.setTab('quotas')}>
          年度要求
        </Text>
      </View>

      {tab === 'units' ? (
        <>
          <ScopePicker unitId={rootId} scope={scope} onChange={d.setScope} />
          <UnitOverview key={`${unit.unitId}:${scopeKey(scope)}`} unitId={unit.unitId} scope={scope} onLoaded={d.loaded} onOpen={d.open} />
          <TrendChart key={`${unit.unitId}:${year}`} unitId={unit.unitId} year={year} />
        </>
      ) : (
        <View className="ps-dashboard-quota-tab">
          <YearStepper year={quotaYear} onChange={d.stepYear} />
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
          <QuotaProgressList key={`${unit.unitId}:${quotaYear}:${d.quotasRound}`} unitId={unit.unitId} year={quotaYear} />
        </View>
      )}
    </View>
  )
}
