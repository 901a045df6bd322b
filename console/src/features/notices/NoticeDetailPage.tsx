import { useState } from 'react'
import { Link, useLocation, useNavigate, useParams } from 'react-router-dom'
import { Button, Dialog, MessagePlugin, PrimaryTable, Tabs, Tag, Textarea, type PrimaryTableCol } from 'tdesign-react'
import type { ParticipationRow } from '@contract/dashboard-api'
import { percent } from '@contract/dashboard-rules'
import { STUDY_STATE_EXPLANATION } from '@contract/notices'
import { toApiError } from '../../api/errors'
import { StatusView } from '../../components/StatusView'
import { shanghaiDateTime } from '../../lib/dates'
import { useCall } from '../../lib/use-call'
import { useQueryState } from '../../lib/use-query-state'
import { useSession } from '../../session/session'
import { getNotice, noticeProgress, withdrawNotice } from './api'
import { NoticeSections } from './components/NoticeSections'
import { STATUS_LABELS } from './labels'

/** One notice: progress by unit (drill down the tree, in the URL), its content, and 撤回 for the 组织部. */
export function NoticeDetailPage() {
  const { id = '' } = useParams()
  const { can } = useSession()
  const location = useLocation()
  const navigate = useNavigate()
  const [q, set] = useQueryState({ tab: 'progress', unit: '' })
  const [nonce, setNonce] = useState(0)
  const notice = useCall(`notice|${id}|${nonce}`, () => getNotice(id))
  const progress = useCall(q.tab === 'progress' ? `progress|${id}|${q.unit}|${nonce}` : null, () => noticeProgress(id, q.unit || undefined))
  const [withdrawing, setWithdrawing] = useState(false)

  const unitLink = (row: ParticipationRow): string | null => {
    if (!row.drillable || row.unitType === 'branch') return null
    const next = new URLSearchParams(location.search)
    next.set('unit', row.unitId)
    return `${location.pathname}?${next.toString()}`
  }
  const columns: PrimaryTableCol<ParticipationRow>[] = [
    {
      colKey: 'unitName',
      title: '组织',
      cell: ({ row }) => {
        const to = unitLink(row)
        return to ? <Link to={to}>{row.unitName}</Link> : row.unitName
      }
    },
    { colKey: 'noticeAssigned', title: '应学（人次）', align: 'right', width: 120 },
    { colKey: 'noticeRead', title: '已学习材料', align: 'right', width: 120 },
    { colKey: 'readRate', title: '已学习材料率 %', align: 'right', width: 140, cell: ({ row }) => percent(row.noticeRead, row.noticeAssigned) ?? '—' },
    { colKey: 'noticeAnswered', title: '已提交讨论', align: 'right', width: 120 },
    { colKey: 'answeredRate', title: '已提交讨论率 %', align: 'right', width: 140, cell: ({ row }) => percent(row.noticeAnswered, row.noticeAssigned) ?? '—' },
    { colKey: 'scheduleChanges', title: '调整时间（支部）', align: 'right', width: 140 }
  ]

  const detail = notice.data
  return (
    <div className="page">
      <StatusView loading={notice.loading && !detail} error={notice.error} onRetry={notice.reload}>
        {detail ? (
          <>
            <div className="page-head">
              <div>
                <h2 data-testid="notice-title">{detail.title}</h2>
                <p className="muted">
                  <Tag theme={STATUS_LABELS[detail.status].theme}>{STATUS_LABELS[detail.status].label}</Tag> {detail.theme}
                  {detail.publishedAt ? ` · 发布于 ${shanghaiDateTime(detail.publishedAt)}` : ''}
                </p>
              </div>
              <div>
                <Button variant="text" onClick={() => navigate('/notices')}>
                  返回列表
                </Button>
                {detail.status !== 'draft' && can('dashboard.view') ? (
                  <Button variant="outline" onClick={() => navigate(`/dashboard?notice=${encodeURIComponent(id)}`)} data-testid="open-dashboard">
                    在数据看板中查看
                  </Button>
                ) : null}
                {can('notices.publish') && detail.status === 'published' ? (
                  <Button theme="danger" variant="outline" onClick={() => setWithdrawing(true)} data-testid="withdraw">
                    撤回
                  </Button>
                ) : null}
              </div>
            </div>
            <Tabs value={q.tab} onChange={(value) => set({ tab: String(value) })}>
              <Tabs.TabPanel value="progress" label="各单位进度" />
              <Tabs.TabPanel value="content" label="内容" />
            </Tabs>
            {q.tab === 'content' ? (
              <NoticeSections notice={detail} />
            ) : (
              <StatusView loading={progress.loading} error={progress.error} onRetry={progress.reload}>
                {progress.data ? (
                  <div className="panel">
                    <h3>{progress.data.unit.unitName}</h3>
                    <PrimaryTable
                      className="fit-table"
                      rowKey="unitId"
                      data={[progress.data.unit, ...progress.data.children]}
                      columns={columns}
                      tableLayout="fixed"
                      bordered
                      size="small"
                      rowClassName={({ rowIndex }) => (rowIndex === 0 ? 'row-total' : '')}
                    />
                    <p className="muted note">{STUDY_STATE_EXPLANATION} 只显示各单位的人次和比例，不列个人排名。</p>
                  </div>
                ) : null}
              </StatusView>
            )}
            <WithdrawDialog
              visible={withdrawing}
              title={detail.title}
              onClose={() => setWithdrawing(false)}
              onDone={() => {
                setWithdrawing(false)
                setNonce((n) => n + 1)
              }}
              withdraw={(reason) => withdrawNotice(id, reason)}
            />
          </>
        ) : null}
      </StatusView>
    </div>
  )
}

/** 撤回 asks for a reason (members who were told are told again, with it) and a second, explicit yes. */
function WithdrawDialog(props: {
  visible: boolean
  title: string
  onClose: () => void
  onDone: () => void
  withdraw: (reason: string) => Promise<{ told: number }>
}) {
  const [reason, setReason] = useState('')
  const [busy, setBusy] = useState(false)
  const confirm = async (): Promise<void> => {
    if (!reason.trim()) return void MessagePlugin.warning('请填写撤回原因')
    setBusy(true)
    try {
      const result = await props.withdraw(reason.trim())
      void MessagePlugin.success(`已撤回，已通知 ${result.told} 名党员`)
      setReason('')
      props.onDone()
    } catch (error) {
      void MessagePlugin.error(toApiError(error).message)
    } finally {
      setBusy(false)
    }
  }
  return (
    <Dialog
      visible={props.visible}
      header={`撤回《${props.title}》？`}
      confirmBtn={{ content: '确认撤回', theme: 'danger', loading: busy }}
      cancelBtn="取消"
      onConfirm={() => void confirm()}
      onClose={props.onClose}
      onCancel={props.onClose}
    >
      <p>撤回后，党员和支部不能再学习、提交或推送这期安排；记录保留。</p>
      <Textarea value={reason} onChange={(value) => setReason(String(value))} placeholder="撤回原因（将告知已收到推送的党员）" maxlength={200} />
    </Dialog>
  )
}
