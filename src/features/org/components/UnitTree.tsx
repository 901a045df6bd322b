import { Text, View } from '@tarojs/components'
import type { UnitView } from '@contract/org'
import { unitTypeLabel } from '@/lib/org-labels'
import { childrenByParent, depthOf } from '@/lib/org-tree'

interface Props {
  units: UnitView[]
  expanded: Set<string>
  onToggle: (unit: UnitView) => void
  onOpen: (unit: UnitView) => void
  /** Whether the caller may add units under this one (shows 添加下级). */
  canAddUnder: (unit: UnitView) => boolean
  onAdd: (unit: UnitView) => void
}

/** The caller's visible subtree as an indented, expandable list; each row shows the unit's member count. */
export function UnitTree({ units, expanded, onToggle, onOpen, canAddUnder, onAdd }: Props) {
  const children = childrenByParent(units)
  const roots = children.get(null) ?? []
  const rootDepth = roots.length ? Math.min(...roots.map(depthOf)) : 1
  const rows: UnitView[] = []
  const visit = (parent: string | null) => {
    for (const unit of children.get(parent) ?? []) {
      rows.push(unit)
      if (expanded.has(unit.id)) visit(unit.id)
    }
  }
  visit(null)

  return (
    <View className="ps-unit-tree">
      {rows.map((unit) => {
        const hasChildren = (children.get(unit.id)?.length ?? 0) > 0
        const open = expanded.has(unit.id)
        return (
          <View key={unit.id} className={`ps-unit-node ps-unit-node--${unit.type}`} style={{ paddingLeft: `${(depthOf(unit) - rootDepth) * 1.5 + 0.5}em` }}>
            <View className={`ps-unit-node__toggle${hasChildren ? '' : ' ps-unit-node__toggle--leaf'}`} onClick={() => hasChildren && onToggle(unit)}>
              {hasChildren ? (open ? '▾' : '▸') : '·'}
            </View>
            <View className="ps-unit-node__main" onClick={() => onOpen(unit)}>
              <Text className="ps-unit-node__name">{unit.name}</Text>
              <Text className="ps-unit-node__meta">
                {unitTypeLabel(unit.type, unit.directlyAttached)} · {unit.memberCount} 人
              </Text>
            </View>
            {canAddUnder(unit) && (
              <View className="ps-unit-add" onClick={() => onAdd(unit)}>
                添加下级
              </View>
            )}
          </View>
        )
      })}
    </View>
  )
}
