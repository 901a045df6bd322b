import { useMemo } from 'react'
import { PrimaryTable, type PrimaryTableCol } from 'tdesign-react'
import type { TrendPoint } from '@contract/dashboard-api'
import { percent } from '@contract/dashboard-rules'
import { showNumber } from '../rows'
import { LazyChart } from './LazyChart'

interface TrendRow {
  month: string
  noticeAssigned: number
  readRate: number | null
  answeredRate: number | null
  meetingInvited: number
  attendanceRate: number | null
}

/** Month by month over the year: the chart, and the table the export writes. */
export function TrendPanel(props: { points: TrendPoint[] }) {
  const rows = useMemo<TrendRow[]>(
    () =>
      props.points.map((p) => ({
        month: p.month,
        noticeAssigned: p.noticeAssigned,
        readRate: percent(p.noticeRead, p.noticeAssigned),
        answeredRate: percent(p.noticeAnswered, p.noticeAssigned),
        meetingInvited: p.meetingInvited,
        attendanceRate: percent(p.attended, p.meetingInvited)
      })),
    [props.points]
  )
  const option = useMemo(
    () => ({
      tooltip: { trigger: 'axis' },
      legend: { top: 0 },
      grid: { left: 40, right: 16, top: 36, bottom: 32 },
      xAxis: { type: 'category', data: rows.map((row) => row.month) },
      yAxis: { type: 'value', max: 100, name: '%' },
      series: [
        { name: '已学习材料率 %', type: 'line', data: rows.map((row) => row.readRate) },
        { name: '已提交讨论率 %', type: 'line', data: rows.map((row) => row.answeredRate) },
        { name: '出席率 %', type: 'line', data: rows.map((row) => row.attendanceRate) }
      ]
    }),
    [rows]
  )
  const columns: PrimaryTableCol<TrendRow>[] = [
    { colKey: 'month', title: '月份' },
    { colKey: 'noticeAssigned', title: '应学（人次）', align: 'right' },
    { colKey: 'readRate', title: '已学习材料率 %', align: 'right', cell: ({ row }) => showNumber(row.readRate) },
    { colKey: 'answeredRate', title: '已提交讨论率 %', align: 'right', cell: ({ row }) => showNumber(row.answeredRate) },
    { colKey: 'meetingInvited', title: '应到（人次）', align: 'right' },
    { colKey: 'attendanceRate', title: '出席率 %', align: 'right', cell: ({ row }) => showNumber(row.attendanceRate) }
  ]
  return (
    <div className="panel">
      <LazyChart option={option} label="全年趋势" />
      <PrimaryTable className="fit-table" rowKey="month" data={rows} columns={columns} tableLayout="fixed" bordered size="small" empty="本年暂无数据" />
    </div>
  )
}
