import { PrimaryTable, Tag, type PrimaryTableCol } from 'tdesign-react'
import type { BranchQuotas } from '@contract/dashboard-api'
import { percent } from '@contract/dashboard-rules'
import { showNumber } from '../rows'

interface QuotaRow {
  key: string
  unitName: string
  label: string
  done: number
  expectedByNow: number
  target: number
  targetReason: string
  rate: number | null
  behind: boolean
  detail: string
}

/** 年度要求 of each branch in scope (those behind first, as the function orders them), as the export writes them. */
export function QuotasPanel(props: { branches: BranchQuotas[] }) {
  const rows: QuotaRow[] = props.branches.flatMap((branch) =>
    branch.items.map((item) => ({
      key: `${branch.unitId}-${item.key}`,
      unitName: branch.unitName,
      label: item.label,
      done: item.done,
      expectedByNow: item.expectedByNow,
      target: item.target,
      targetReason: item.targetReason,
      rate: percent(item.done, item.target),
      behind: item.behind,
      detail: item.detail ?? ''
    }))
  )
  const columns: PrimaryTableCol<QuotaRow>[] = [
    { colKey: 'unitName', title: '党支部', width: 150, fixed: 'left' },
    { colKey: 'label', title: '项目', width: 130 },
    { colKey: 'done', title: '已开展', align: 'right', width: 70 },
    { colKey: 'expectedByNow', title: '按进度应开展', align: 'right', width: 90 },
    { colKey: 'target', title: '全年要求', align: 'right', width: 80 },
    { colKey: 'targetReason', title: '要求依据' },
    { colKey: 'rate', title: '完成率 %', align: 'right', width: 80, cell: ({ row }) => showNumber(row.rate) },
    { colKey: 'behind', title: '状态', width: 70, cell: ({ row }) => (row.behind ? <Tag theme="warning">落后</Tag> : <Tag theme="success">正常</Tag>) },
    { colKey: 'detail', title: '说明' }
  ]
  return (
    <div className="panel">
      <PrimaryTable className="fit-table" rowKey="key" data={rows} columns={columns} tableLayout="fixed" bordered size="small" empty="范围内暂无党支部" />
    </div>
  )
}
