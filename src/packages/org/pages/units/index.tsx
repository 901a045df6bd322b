import { useState } from 'react'
import Taro from '@tarojs/taro'
import { View } from '@tarojs/components'
import type { UnitView } from '@contract/org'
import type { WhoamiMember } from '@contract/me'
import { EmptyView, ErrorView, LoadingView } from '@/components/RequestStates'
import { AddUnitPopup } from '@/features/org/components/AddUnitPopup'
import { UnitTree } from '@/features/org/components/UnitTree'
import { CHILD_UNIT_TYPES, capabilitiesAt } from '@/features/org/rules'
import { childrenByParent, depthOf } from '@/lib/org-tree'
import { StackPage } from '@/layouts/StackPage'
import { showDone } from '@/lib/toast'
import { routes } from '@/routes'
import { useOrgContext } from '@/features/org/hooks/use-org-context'
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
    body = data.units.length ? <UnitBrowser key={data.me.id} me={data.me} initialUnits={data.units} /> : <EmptyView text="暂无可查看的组织" />
  }
  return <StackPage className="ps-units-page">{body}</StackPage>
}

/** Open the top two levels at first: the 党委 and its 党总支 show their branches. */
function initiallyExpanded(units: UnitView[]): Set<string> {
  const children = childrenByParent(units)
  const roots = children.get(null) ?? []
  const rootDepth = roots.length ? Math.min(...roots.map(depthOf)) : 1
  return new Set(units.filter((unit) => depthOf(unit) - rootDepth < 2).map((unit) => unit.id))
}

function UnitBrowser({ me, initialUnits }: { me: WhoamiMember; initialUnits: UnitView[] }) {
  const [units, setUnits] = useState(initialUnits)
  const [expanded, setExpanded] = useState(() => initiallyExpanded(initialUnits))
  const [addingUnder, setAddingUnder] = useState<UnitView | null>(null)
  const total = units.filter((unit) => unit.type !== 'group').length

  const toggle = (unit: UnitView) =>
    setExpanded((open) => {
      const next = new Set(open)
      if (next.has(unit.id)) next.delete(unit.id)
      else next.add(unit.id)
      return next
    })

  return (
    <View className="ps-units">
      <View className="ps-page-head">
        <View className="ps-page-head__sub">共 {total} 个组织，点击名称查看党员</View>
      </View>
      <UnitTree
        units={units}
        expanded={expanded}
        onToggle={toggle}
        // A 党小组's members are listed with its 党支部 (members belong to the branch).
        onOpen={(unit) => void Taro.navigateTo({ url: routes.orgMembers(unit.type === 'group' && unit.parentId ? unit.parentId : unit.id) })}
        canAddUnder={(unit) => CHILD_UNIT_TYPES[unit.type].length > 0 && capabilitiesAt(me.workbench, unit).has('units.manage')}
        onAdd={setAddingUnder}
      />
      <AddUnitPopup
        parent={addingUnder}
        onClose={() => setAddingUnder(null)}
        onCreated={(unit) => {
          const parentId = addingUnder?.id
          setAddingUnder(null)
          setUnits((list) => [...list.filter((candidate) => candidate.id !== unit.id), unit])
          if (parentId) setExpanded((open) => new Set(open).add(parentId))
          showDone(`已添加 ${unit.name}`)
        }}
      />
    </View>
  )
}
