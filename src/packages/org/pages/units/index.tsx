import { View } from '@tarojs/components'
import type { UnitView } from '@contract/org'
import type { WhoamiMember } from '@contract/me'
import { EmptyView, ErrorView, LoadingView } from '@/components/RequestStates'
import { AddUnitPopup } from '@/features/org/components/AddUnitPopup'
import { UnitTree } from '@/features/org/components/UnitTree'
import { useOrgContext } from '@/features/org/hooks/use-org-context'
import { useUnitBrowser } from '@/features/org/hooks/use-unit-browser'
import { StackPage } from '@/layouts/StackPage'
// Last, so the page's own styles win over NutUI's, in the same order on every page.
import '@/components/card.css'
import '@/features/org/components/org.css'

/** 组织架构: the caller's visible subtree; 添加下级组织 where they may manage units. */
export default function UnitsPage() {
  const { data, error, loading, refetch } = useOrgContext()
  let body
  if (loading) body = <LoadingView />
  else if (error) body = <ErrorView error={error} onRetry={refetch} />
  else if (data && !data.me) body = <EmptyView text="请先使用邀请码加入组织" />
  else if (data && data.me) {
    body = data.units.length ? <UnitBrowserView key={data.me.id} me={data.me} initialUnits={data.units} /> : <EmptyView text="暂无可查看的组织" />
  }
  return <StackPage className="ps-units-page">{body}</StackPage>
}

function UnitBrowserView({ me, initialUnits }: { me: WhoamiMember; initialUnits: UnitView[] }) {
  const b = useUnitBrowser(me, initialUnits)
  return (
    <View className="ps-units">
      <View className="ps-page-head">
        <View className="ps-page-head__sub">共 {b.total} 个组织，点击名称查看党员</View>
      </View>
      <UnitTree units={b.units} expanded={b.expanded} onToggle={b.toggle} onOpen={b.open} canAddUnder={b.canAddUnder} onAdd={b.setAddingUnder} />
      <AddUnitPopup parent={b.addingUnder} onClose={() => b.setAddingUnder(null)} onCreated={b.created} />
    </View>
  )
}
