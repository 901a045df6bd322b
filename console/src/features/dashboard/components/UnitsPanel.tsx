import { useMemo } from 'react'
import { Link } from 'react-router-dom'
import { PrimaryTable, type PrimaryTableCol, type TableSort } from 'tdesign-react'
import type { DashboardView } from '@contract/dashboard-api'
import { HELD_ONLY_NOTE, PARTICIPATION_COLUMNS } from '@contract/dashboard-rules'
import { STUDY_STATE_EXPLANATION } from '@contract/notices'
import { showNumber, sortRows, toTableRow, type UnitTableRow } from '../rows'
import type { DashboardState } from '../dashboard-state'
import { LazyChart } from './LazyChart'

/**
 * The unit and its child units, one row each, every column of the export.
 * Fixed layout: the unit column is pinned and the figures share the rest, so
 * the table fits a 1440 px screen without sideways scrolling; headers wrap.
 */
export function UnitsPanel(props: { view: DashboardView; state: DashboardState; drillTo: (row: UnitTableRow) => string }) {
  const { view, state } = props
  const [sortBy, direction] = state.q.sort.split(':')
  const rows = useMemo(() => {
    const children = view.children.map((row) => toTableRow(row, false))
    return [toTableRow(view.unit, true), ...sortRows(children, state.q.sort)]
  }, [view, state.q.sort])

  const columns: PrimaryTableCol<UnitTableRow>[] = [
    {
      colKey: 'name',
      title: '组织',
      width: 150,
      fixed: 'left',
      cell: ({ row }) =>
        row.drill ? (
          <Link to={props.drillTo(row)} className="drill-link" data-testid="drill">
            {row.name}
          </Link>
        ) : (
          <span className={row.total ? 'row-total' : undefined}>{row.name}</span>
        )
    },
    ...PARTICIPATION_COLUMNS.map<PrimaryTableCol<UnitTableRow>>((column) => ({
      colKey: column.key,
      title: column.label,
      align: 'right',
      sorter: true,
      cell: ({ row }) => showNumber(row.values[column.key])
    }))
  ]

  const sort: TableSort | undefined = sortBy ? { sortBy, descending: direction === 'desc' } : undefined
  const onSortChange = (next: TableSort | undefined): void => {
    const one = Array.isArray(next) ? next[0] : next
    state.set({ sort: one ? `${one.sortBy}:${one.descending ? 'desc' : 'asc'}` : null }, true)
  }

  const chart = useMemo(() => {
    const data = view.children.map((row) => toTableRow(row, false))
    return {
      tooltip: { trigger: 'axis' },
      legend: { top: 0 },
      grid: { left: 40, right: 16, top: 36, bottom: 56 },
      xAxis: { type: 'category', data: data.map((row) => row.name), axisLabel: { interval: 0, rotate: data.length > 6 ? 30 : 0 } },
      yAxis: { type: 'value', max: 100, name: '%' },
      series: [
        { name: '已学习材料率 %', type: 'bar', data: data.map((row) => row.values.readRate) },
        { name: '已提交讨论率 %', type: 'bar', data: data.map((row) => row.values.answeredRate) },
        { name: '出席率 %', type: 'bar', data: data.map((row) => row.values.attendanceRate) }
      ]
    }
  }, [view])

  return (
    <div className="panel">
      <PrimaryTable
        className="fit-table"
        rowKey="key"
        data={rows}
        columns={columns}
        tableLayout="fixed"
        bordered
        size="small"
        sort={sort}
        onSortChange={onSortChange}
        rowClassName={({ row }) => (row.total ? 'row-total' : '')}
        empty="暂无下级组织"
      />
      <p className="muted note">
        {HELD_ONLY_NOTE}
        {STUDY_STATE_EXPLANATION}
      </p>
      {view.children.length > 0 ? <LazyChart option={chart} label="下级组织参与率" /> : null}
    </div>
  )
}
