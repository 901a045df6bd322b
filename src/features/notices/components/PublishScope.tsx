import { Text, View } from '@tarojs/components'
import type { UnitView } from '@contract/org'
import { unitTypeLabel } from '@/lib/org-labels'
import { isWholeTree, reachOf, targetIds, tickState, toggleUnit, wholeTree } from '../publish-targets'

interface Props {
  /** The whole `units.tree` (for the counts). */
  units: UnitView[]
  /** The 党总支 and 党支部 one can tick (selectableUnits). */
  selectable: UnitView[]
  scopeName: string
  scopeId: string
  selection: ReadonlySet<string>
  onChange: (next: Set<string>) => void
}

function Tick({ state }: { state: 'all' | 'some' | 'none' }) {
  return <View className={`ps-tick ps-tick--${state}`}>{state === 'all' ? '✓' : state === 'some' ? '−' : ''}</View>
}

/**
 * 发布范围: the whole tree (the default) or chosen 党总支 / 党支部, as a ticked
 * list indented like the org tree. Not org's UnitTree: that one folds rows and
 * offers 添加下级; here every row is a checkbox and nothing folds (a 党委 has a
 * few dozen units at most).
 */
export function PublishScope({ units, selectable, scopeName, scopeId, selection, onChange }: Props) {
  const whole = isWholeTree(selection, selectable)
  const reach = whole ? reachOf(units, [scopeId]) : reachOf(units, targetIds(selection, selectable))
  const all = reachOf(units, [scopeId])
  const minDepth = selectable.length ? Math.min(...selectable.map((unit) => unit.pathIds.length)) : 0

  return (
    <View className="ps-card ps-publish-scope">
      <View className="ps-card__title">发布范围</View>
      <View
        className={`ps-publish-row ps-publish-all${whole ? ' ps-publish-all--checked' : ''}`}
        ariaRole="checkbox"
        onClick={() => onChange(whole ? new Set() : wholeTree(selectable))}
      >
        <Tick state={whole ? 'all' : selection.size > 0 ? 'some' : 'none'} />
        <Text className="ps-publish-row__name">全部</Text>
        <Text className="ps-publish-row__meta">
          {scopeName}下全部 {all.branches} 个党支部
        </Text>
      </View>
      {selectable.map((unit) => {
        const state = tickState(unit, selection, selectable)
        const branches = unit.type === 'branch' ? 0 : reachOf(units, [unit.id]).branches
        return (
          <View
            key={unit.id}
            className={`ps-publish-row ps-publish-unit ps-publish-unit--${unit.type}${state === 'all' ? ' ps-publish-unit--checked' : ''}`}
            style={{ paddingLeft: `${(unit.pathIds.length - minDepth) * 1.5 + 1.5}em` }}
            ariaRole="checkbox"
            onClick={() => onChange(toggleUnit(selection, unit, selectable))}
          >
            <Tick state={state} />
            <Text className="ps-publish-row__name">{unit.name}</Text>
            <Text className="ps-publish-row__meta">
              {unitTypeLabel(unit.type, unit.directlyAttached)}
              {unit.type === 'branch' ? '' : ` · ${branches} 个党支部`}
            </Text>
          </View>
        )
      })}
      <View className="ps-muted ps-publish-summary">
        {selection.size === 0
          ? '请至少选择一个党总支或党支部'
          : `将发布到 ${reach.branches} 个党支部，约 ${reach.members} 名党员。选择党总支即包括其下全部党支部。`}
      </View>
    </View>
  )
}
