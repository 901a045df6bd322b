import { useMemo } from 'react'
import { Select, TreeSelect } from 'tdesign-react'
import type { UnitView } from '@contract/org'
import { unitNodes } from '../../../lib/unit-tree'
import { call } from '../../../api/call'
import { useCall } from '../../../lib/use-call'

/** 单位: jump to any unit in scope (a branch opens its members). */
export function UnitPicker(props: { unitId: string; onPick: (unit: UnitView) => void }) {
  const tree = useCall('dashboard-units', () => call('org', 'units.tree', {}))
  const data = useMemo(() => (tree.data ? unitNodes(tree.data, { keep: notGroup }) : []), [tree.data])
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

/** A notice or a dashboard view is about branches and the units above them; a 党小组 is never chosen here. */
const notGroup = (unit: UnitView): boolean => unit.type !== 'group'
