import { useMemo } from 'react'
import { Select, TreeSelect } from 'tdesign-react'
import type { UnitView } from '@contract/org'
import { call } from '../../../api/call'
import { useCall } from '../../../lib/use-call'

interface TreeNode {
  value: string
  label: string
  children?: TreeNode[]
}

/** The units the caller may see (units.tree answers only their scope), as a tree without 党小组. */
function treeOf(units: UnitView[]): TreeNode[] {
  const shown = units.filter((unit) => unit.type !== 'group')
  const ids = new Set(shown.map((unit) => unit.id))
  const byParent = new Map<string | null, UnitView[]>()
  for (const unit of shown) {
    const parent = unit.parentId && ids.has(unit.parentId) ? unit.parentId : null
    byParent.set(parent, [...(byParent.get(parent) ?? []), unit])
  }
  const build = (unit: UnitView): TreeNode => {
    const children = (byParent.get(unit.id) ?? []).map(build)
    return { value: unit.id, label: unit.name, ...(children.length ? { children } : {}) }
  }
  return (byParent.get(null) ?? []).map(build)
}

/** 单位: jump to any unit in scope (a branch opens its members). */
export function UnitPicker(props: { unitId: string; onPick: (unit: UnitView) => void }) {
  const tree = useCall('dashboard-units', () => call('org', 'units.tree', {}))
  const data = useMemo(() => (tree.data ? treeOf(tree.data) : []), [tree.data])
  if (tree.error) return null // a caller who may not list units still drills down from the table
  return (
    <TreeSelect
      className="unit-picker"
      data={data}
      value={props.unitId || undefined}
      loading={tree.loading}
      placeholder="选择单位"
      filterable
      treeProps={{ expandLevel: 2 }}
      onChange={(value) => {
        const unit = tree.data?.find((candidate) => candidate.id === String(value))
        if (unit) props.onPick(unit)
      }}
      style={{ width: 240 }}
    />
  )
}

/** 按期: one published notice instead of a period (the 20 latest; older ones through 学习安排). */
export function NoticePicker(props: { noticeId: string; onPick: (noticeId: string | null) => void }) {
  const list = useCall('dashboard-notices', () => call('notices', 'notices.list', { view: 'manage', page: 1, pageSize: 20 }))
  const options = (list.data?.items ?? []).filter((notice) => notice.status !== 'draft').map((notice) => ({ value: notice.id, label: notice.title }))
  if (list.error) return null
  return (
    <Select
      className="notice-picker"
      value={props.noticeId || undefined}
      options={options}
      loading={list.loading}
      clearable
      placeholder="按学习安排统计"
      onChange={(value) => props.onPick(value ? String(value) : null)}
      style={{ width: 260 }}
    />
  )
}
