import { useState } from 'react'
import Taro from '@tarojs/taro'
import type { UnitView } from '@contract/org'
import type { WhoamiMember } from '@contract/me'
import { childrenByParent, depthOf } from '@/lib/org-tree'
import { showDone } from '@/lib/toast'
import { routes } from '@/routes'
import { CHILD_UNIT_TYPES, capabilitiesAt } from '../rules'

/** Open the top two levels at first: the 党委 and its 党总支 show their branches. */
function initiallyExpanded(units: UnitView[]): Set<string> {
  const children = childrenByParent(units)
  const roots = children.get(null) ?? []
  const rootDepth = roots.length ? Math.min(...roots.map(depthOf)) : 1
  return new Set(units.filter((unit) => depthOf(unit) - rootDepth < 2).map((unit) => unit.id))
}

/** What 组织架构 shows and does; the page only lays it out. */
export interface UnitBrowser {
  units: UnitView[]
  /** Units that are not 党小组. */
  total: number
  expanded: Set<string>
  toggle: (unit: UnitView) => void
  /** Opens a unit's members; a 党小组's are listed with its 党支部 (members belong to the branch). */
  open: (unit: UnitView) => void
  canAddUnder: (unit: UnitView) => boolean
  /** The unit 添加下级组织 is open under, or null. */
  addingUnder: UnitView | null
  setAddingUnder: (unit: UnitView | null) => void
  /** A unit was created under `addingUnder`: listed, its parent opened. */
  created: (unit: UnitView) => void
}

export function useUnitBrowser(me: WhoamiMember, initialUnits: UnitView[]): UnitBrowser {
  const [units, setUnits] = useState(initialUnits)
  const [expanded, setExpanded] = useState(() => initiallyExpanded(initialUnits))
  const [addingUnder, setAddingUnder] = useState<UnitView | null>(null)

  return {
    units,
    total: units.filter((unit) => unit.type !== 'group').length,
    expanded,
    toggle: (unit) =>
      setExpanded((open) => {
        const next = new Set(open)
        if (next.has(unit.id)) next.delete(unit.id)
        else next.add(unit.id)
        return next
      }),
    open: (unit) => void Taro.navigateTo({ url: routes.orgMembers(unit.type === 'group' && unit.parentId ? unit.parentId : unit.id) }),
    canAddUnder: (unit) => CHILD_UNIT_TYPES[unit.type].length > 0 && capabilitiesAt(me.workbench, unit).has('units.manage'),
    addingUnder,
    setAddingUnder,
    created: (unit) => {
      const parentId = addingUnder?.id
      setAddingUnder(null)
      setUnits((list) => [...list.filter((candidate) => candidate.id !== unit.id), unit])
      if (parentId) setExpanded((open) => new Set(open).add(parentId))
      showDone(`已添加 ${unit.name}`)
    }
  }
}
