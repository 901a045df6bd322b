import { useNavigate } from 'react-router-dom'
import { Button, PrimaryTable, Tag, type PrimaryTableCol } from 'tdesign-react'
import { AddIcon } from 'tdesign-icons-react'
import type { NoticeSummary } from '@contract/notices-api'
import { percent } from '@contract/dashboard-rules'
import { StatusView } from '../../components/StatusView'
import { shanghaiDateTime } from '../../lib/dates'
import { useCall } from '../../lib/use-call'
import { useQueryState } from '../../lib/use-query-state'
import { useSession } from '../../session/session'
import { listNotices } from './api'
import { STATUS_LABELS } from './labels'

const PAGE_SIZE = 20

/** 学习安排: every notice in scope, newest first, paged (the page is in the URL). */
export function NoticesListPage() {
  const navigate = useNavigate()
  const { can } = useSession()
  const [q, set] = useQueryState({ page: '1' })
  const page = Math.max(1, Number(q.page) || 1)
  const list = useCall(`notices|${page}`, () => listNotices(page, PAGE_SIZE))

  const open = (row: NoticeSummary): void => void navigate(row.status === 'draft' ? `/notices/new?draft=${row.id}` : `/notices/${row.id}`)
  const columns: PrimaryTableCol<NoticeSummary>[] = [
    {
      colKey: 'title',
      title: '学习安排',
      cell: ({ row }) => (
        <Button variant="text" theme="primary" onClick={() => open(row)} className="cell-link">
          {row.title}
        </Button>
      )
    },
    { colKey: 'theme', title: '主题', ellipsis: true },
    { colKey: 'firstDate', title: '学习日期', width: 110 },
    { colKey: 'status', title: '状态', width: 90, cell: ({ row }) => <Tag theme={STATUS_LABELS[row.status].theme}>{STATUS_LABELS[row.status].label}</Tag> },
    { colKey: 'publishedAt', title: '发布时间', width: 150, cell: ({ row }) => (row.publishedAt ? shanghaiDateTime(row.publishedAt) : '—') },
    {
      colKey: 'counters',
      title: '已学习材料 / 已提交讨论',
      width: 190,
      cell: ({ row }) =>
        row.counters ? `${percent(row.counters.read, row.counters.assigned) ?? '—'}% / ${percent(row.counters.answered, row.counters.assigned) ?? '—'}%` : '—'
    }
  ]
  return (
    <div className="page">
      <div className="page-head">
        <h2>学习安排</h2>
        {can('notices.publish') ? (
          <Button theme="primary" icon={<AddIcon />} onClick={() => navigate('/notices/new')} data-testid="new-notice">
            新建学习安排
          </Button>
        ) : null}
      </div>
      <StatusView loading={list.loading} error={list.error} onRetry={list.reload} empty={list.data?.total === 0} emptyText="还没有学习安排">
        <PrimaryTable
          className="fit-table"
          rowKey="id"
          data={list.data?.items ?? []}
          columns={columns}
          tableLayout="fixed"
          size="small"
          disableDataPage
          pagination={{
            current: page,
            pageSize: PAGE_SIZE,
            total: list.data?.total ?? 0,
            onCurrentChange: (current) => set({ page: String(current) }),
            showPageSize: false
          }}
        />
      </StatusView>
    </div>
  )
}
