import { useState } from 'react'
import { Text, View } from '@tarojs/components'
import type { MemberView, UnitView } from '@contract/org'
import { ConfirmDialog } from '@/components/ConfirmDialog'
import { unitTypeLabel } from '@/lib/org-labels'
import { Popup } from '@/ui/popup'
import { moveMember } from '../api'
import { depthOf, orderedUnits } from '@/lib/org-tree'

interface Target {
  unit: UnitView
  group: UnitView | null
}

interface Props {
  member: MemberView | null
  /** The caller's visible tree. */
  units: UnitView[]
  /** Units where the caller may manage members (a move needs it at both ends). */
  canManage: (unit: UnitView) => boolean
  onClose: () => void
  onMoved: (member: MemberView) => void
}

/** 调整支部: pick a unit (or one of its 党小组) from the tree, then confirm. */
export function MovePopup({ member, units, canManage, onClose, onMoved }: Props) {
  const [target, setTarget] = useState<Target | null>(null)
  const byId = new Map(units.map((unit) => [unit.id, unit]))
  // Members sit in 党支部 (and optionally one of its 党小组); the units above are headings.
  const rows = orderedUnits(units)
  const selectable = (unit: UnitView) =>
    canManage(unit) && (unit.type === 'branch' || (unit.type === 'group' && unit.parentId !== null && byId.get(unit.parentId)?.type === 'branch'))
  const rootDepth = rows.length ? Math.min(...rows.map(depthOf)) : 1

  const pick = (unit: UnitView) => {
    if (!member || !selectable(unit)) return
    const target = unit.type === 'group' ? { unit: byId.get(unit.parentId!)!, group: unit } : { unit, group: null }
    if (target.unit.id === member.unitId && (target.group?.id ?? null) === member.groupId) return
    setTarget(target)
  }

  const describe = (t: Target) => (t.group ? `${t.unit.name} · ${t.group.name}` : t.unit.name)

  return (
    <>
      <Popup
        visible={member !== null}
        position="bottom"
        round
        closeable
        title={member ? `调整 ${member.name} 的组织` : ''}
        onClose={onClose}
        className="ps-sheet"
      >
        <View className="ps-move-list">
          {!rows.some(selectable) && <View className="ps-sheet__empty">没有可调入的党支部</View>}
          {rows.map((unit) => {
            const current = member !== null && (unit.type === 'group' ? member.groupId === unit.id : member.unitId === unit.id && member.groupId === null)
            const heading = !selectable(unit)
            return (
              <View
                key={unit.id}
                className={`ps-move-option${current ? ' ps-move-option--current' : ''}${heading ? ' ps-move-option--heading' : ''}`}
                style={{ paddingLeft: `${(depthOf(unit) - rootDepth) * 1.5 + 1}em` }}
                onClick={() => pick(unit)}
              >
                <Text className="ps-move-option__name">{unit.name}</Text>
                <Text className="ps-move-option__type">{current ? '当前所在' : heading ? '' : unitTypeLabel(unit.type, unit.directlyAttached)}</Text>
              </View>
            )
          })}
        </View>
      </Popup>
      <ConfirmDialog
        visible={target !== null}
        title="调整组织"
        message={member && target ? `确定将 ${member.name} 调整到「${describe(target)}」？调整后由新组织管理。` : ''}
        onClose={() => setTarget(null)}
        onConfirm={async () => {
          if (!member || !target) return
          const moved = await moveMember({ memberId: member.id, toUnitId: target.unit.id, groupId: target.group?.id ?? null })
          setTarget(null)
          onMoved(moved)
        }}
      />
    </>
  )
}
