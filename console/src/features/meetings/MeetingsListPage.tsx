import { useMemo } from 'react'
import { Link } from 'react-router-dom'
import { PrimaryTable, Radio, Select, Space, Tag, TreeSelect, type PrimaryTableCol } from 'tdesign-react'
import type { MeetingSummary, MeetingType } from '@contract/meetings-api'
import { MEETING_TYPE_LABELS, MEETING_TYPES } from '@contract/meetings-rules'
import { StatusView } from '../../components/StatusView'
import { shanghaiDateTime } from '../../lib/dates'
import { useCall } from '../../lib/use-call'
import { useQueryState } from '../../lib/use-query-state'
import { firstRoot, unitNodes } from '../../lib/unit-tree'
import { listMeetings, unitTree } from './api'
import { countersText, meetingTime } from './format'
import './meetings.css'

const PAGE_SIZE = 20

/**
 * 组织生活: a unit's meetings (its own and those of units above that include
 * it), upcoming or held, a page at a time, each with what happened. The URL
 * holds unit, period, type and page; a row opens the meeting's record.
 */
export function MeetingsListPage() {
  const [q, set] = useQueryState({ unit: '', period: 'past', type: '', page: '1' })
  const tree = useCall('units', unitTree)
  const units = useMemo(() => tree.data ?? [], [tree.data])
  const unitId = q.unit || firstRoot(units)?.id || ''
  const past = q.period !== 'upcoming'
  const page = Math.max(1, Number(q.page) || 1)
  const type = (MEETING_TYPES as string[]).includes(q.type) ? (q.type as MeetingType) : null
  const meetings = useCall(unitId ? `meetings|${unitId}|${past}|${type ?? ''}|${page}` : null, () => listMeetings(unitId, past, type, page, PAGE_SIZE))
  const rows = meetings.data?.items ?? []

  const columns: PrimaryTableCol<MeetingSummary>[] = [
    { colKey: 'startAt', title: '时间', width: 190, cell: ({ row }) => meetingTime(row.startAt, row.endAt, shanghaiDateTime) },
    { colKey: 'type', title: '类型', width: 110, cell: ({ row }) => MEETING_TYPE_LABELS[row.type] },
    {
      colKey: 'title',
      title: '主题',
      ellipsis: true,
      cell: ({ row }) => (
        <Link className="drill-link" to={row.id} data-testid="meeting-link">
          {row.title}
        </Link>
      )
    },
    { colKey: 'unitName', title: '组织', width: 150, ellipsis: true },
    { colKey: 'place', title: '形式 · 地点', width: 160, ellipsis: true, cell: ({ row }) => `${row.form} · ${row.place}` },
    { colKey: 'counters', title: '签到情况', width: 300, cell: ({ row }) => countersText(row.counters) },
    {
      colKey: 'recorded',
      title: '记录',
      width: 110,
      cell: ({ row }) => (
        <Space size={4}>
          {row.recorded ? <Tag theme="success">已完成</Tag> : <Tag>未完成</Tag>}
          {row.pendingLeave ? <Tag theme="warning">待批 {row.pendingLeave}</Tag> : null}
        </Space>
      )
    }
  ]

  return (
    <div className="page meetings-page">
      <div className="page-head">
        <h2>组织生活</h2>
      </div>
      <Space className="scope-bar" align="center">
        <TreeSelect
          data={unitNodes(units)}
          value={unitId}
          onChange={(value) => set({ unit: String(value), page: null })}
          loading={tree.loading}
          placeholder={tree.error ? tree.error.message : '选择组织'}
          treeProps={{ expandAll: true }}
          style={{ width: 260 }}
          filterable
        />
        <Radio.Group variant="default-filled" value={past ? 'past' : 'upcoming'} onChange={(value) => set({ period: String(value), page: null })}>
          <Radio.Button value="past">已召开</Radio.Button>
          <Radio.Button value="upcoming">即将召开</Radio.Button>
        </Radio.Group>
        <Select
          value={type ?? ''}
          onChange={(value) => set({ type: String(value ?? '') || null, page: null })}
          clearable
          placeholder="全部类型"
          options={MEETING_TYPES.map((value) => ({ value, label: MEETING_TYPE_LABELS[value] }))}
          style={{ width: 160 }}
        />
      </Space>
      <StatusView
        loading={tree.loading || (meetings.loading && !meetings.data)}
        error={tree.error ?? meetings.error}
        onRetry={tree.error ? tree.reload : meetings.reload}
      >
        <div data-testid="meetings-table">
          <PrimaryTable
            className="fit-table"
            rowKey="id"
            data={rows}
            columns={columns}
            tableLayout="fixed"
            bordered
            size="small"
            loading={meetings.loading}
            empty={type ? `暂无${past ? '已召开' : '即将召开'}的${MEETING_TYPE_LABELS[type]}` : past ? '暂无已召开的会议' : '暂无即将召开的会议'}
            pagination={
              meetings.data && meetings.data.total > PAGE_SIZE
                ? {
                    current: page,
                    pageSize: PAGE_SIZE,
                    total: meetings.data.total,
                    showPageSize: false,
                    onCurrentChange: (current) => set({ page: current > 1 ? String(current) : null })
                  }
                : undefined
            }
          />
        </div>
      </StatusView>
    </div>
  )
}
