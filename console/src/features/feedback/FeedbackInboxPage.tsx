import { useState } from 'react'
import { Button, Dialog, MessagePlugin, PrimaryTable, Tag, Textarea, type PrimaryTableCol } from 'tdesign-react'
import { FEEDBACK_REPLY_MAX, type InboxFeedbackItem } from '@contract/feedback-api'
import { toApiError } from '../../api/errors'
import { StatusView } from '../../components/StatusView'
import { shanghaiDateTime } from '../../lib/dates'
import { useCall } from '../../lib/use-call'
import { useQueryState } from '../../lib/use-query-state'
import { feedbackInbox, replyFeedback } from './api'
import './feedback.css'

const PAGE_SIZE = 20
const KIND_LABELS: Record<InboxFeedbackItem['kind'], string> = { complaint: '投诉', suggestion: '建议' }

/** How long an item has waited, in whole days as the function counts them. */
export function ageText(days: number): string {
  return days <= 0 ? '今天' : `${days} 天`
}

/**
 * 投诉建议: the open items addressed to the caller, oldest first with their
 * age (the function's order). An anonymous item shows no sender. Replying
 * asks once more before sending: the member sees the answer as the office's.
 */
export function FeedbackInboxPage() {
  const [q, set] = useQueryState({ page: '1', open: '' })
  const inbox = useCall('inbox', feedbackInbox)
  const page = Math.max(1, Number(q.page) || 1)
  const items = inbox.data?.items ?? []
  const answering = items.find((item) => item.id === q.open) ?? null

  const columns: PrimaryTableCol<InboxFeedbackItem>[] = [
    {
      colKey: 'ageDays',
      title: '已等待',
      width: 80,
      cell: ({ row }) => <span className={row.ageDays >= 7 ? 'feedback-old' : ''}>{ageText(row.ageDays)}</span>
    },
    { colKey: 'kind', title: '类别', width: 70, cell: ({ row }) => KIND_LABELS[row.kind] },
    { colKey: 'createdAt', title: '提交时间', width: 140, cell: ({ row }) => shanghaiDateTime(row.createdAt) },
    {
      colKey: 'sender',
      title: '提交人',
      width: 180,
      cell: ({ row }) => (row.sender ? `${row.sender.name} · ${row.sender.unitName}` : <Tag variant="light">匿名</Tag>)
    },
    { colKey: 'toUnitName', title: '收件', width: 140 },
    {
      colKey: 'content',
      title: '内容',
      ellipsis: true,
      cell: ({ row }) => (
        <>
          {row.moderation ? <Tag theme="warning">{row.moderation}</Tag> : null} {row.content}
        </>
      )
    },
    {
      colKey: 'op',
      title: '操作',
      width: 80,
      cell: ({ row }) => (
        <Button size="small" variant="text" theme="primary" onClick={() => set({ open: row.id })} data-testid="feedback-open">
          {row.status === 'answered' ? '查看' : '答复'}
        </Button>
      )
    }
  ]

  return (
    <div className="page feedback-page">
      <div className="page-head">
        <div>
          <h2>投诉建议</h2>
          <p className="muted">发给你所在组织部门的投诉建议，最早的在前。匿名提交的不显示提交人。</p>
        </div>
      </div>
      <StatusView
        loading={inbox.loading}
        error={inbox.error}
        onRetry={inbox.reload}
        empty={inbox.data !== null && (!inbox.data.isRecipient || items.length === 0)}
        emptyText={inbox.data && !inbox.data.isRecipient ? '你的职务不接收投诉建议' : '暂无待答复的投诉建议'}
      >
        <div data-testid="feedback-table">
          <PrimaryTable
            className="fit-table"
            rowKey="id"
            data={items}
            columns={columns}
            tableLayout="fixed"
            bordered
            size="small"
            pagination={
              items.length > PAGE_SIZE
                ? { current: page, pageSize: PAGE_SIZE, total: items.length, showPageSize: false, onCurrentChange: (current) => set({ page: String(current) }) }
                : undefined
            }
          />
        </div>
      </StatusView>
      {answering ? (
        <ReplyDialog
          item={answering}
          onClose={() => set({ open: null })}
          onDone={() => {
            set({ open: null })
            inbox.reload()
          }}
        />
      ) : null}
    </div>
  )
}

function ReplyDialog(props: { item: InboxFeedbackItem; onClose: () => void; onDone: () => void }) {
  const { item } = props
  const [text, setText] = useState('')
  const [busy, setBusy] = useState(false)
  const [sure, setSure] = useState(false)
  const send = async (): Promise<void> => {
    setBusy(true)
    try {
      await replyFeedback(item.id, text.trim())
      void MessagePlugin.success('已答复，提交人可以在小程序中看到')
      props.onDone()
    } catch (error) {
      void MessagePlugin.error(toApiError(error).message)
      setSure(false)
    } finally {
      setBusy(false)
    }
  }
  const canSend = item.status === 'open' && text.trim().length > 0
  return (
    <Dialog
      visible
      header={`${KIND_LABELS[item.kind]} · 已等待 ${ageText(item.ageDays)}`}
      width={640}
      onClose={props.onClose}
      footer={
        item.status === 'open' ? (
          <>
            <Button variant="outline" onClick={props.onClose}>
              取消
            </Button>
            <Button theme="primary" loading={busy} disabled={!canSend} onClick={() => (sure ? void send() : setSure(true))} data-testid="feedback-send">
              {sure ? '确认发送答复' : '发送答复'}
            </Button>
          </>
        ) : (
          <Button onClick={props.onClose}>关闭</Button>
        )
      }
    >
      <p className="muted">
        {item.sender ? `${item.sender.name} · ${item.sender.unitName}` : '匿名'} · {shanghaiDateTime(item.createdAt)} · 发给{item.toUnitName}
      </p>
      <p className="feedback-content" data-testid="feedback-content">
        {item.content}
      </p>
      {item.reply ? (
        <p className="feedback-reply">
          {item.reply.byLabel}答复（{shanghaiDateTime(item.reply.at)}）：{item.reply.content}
          {item.replyModeration ? <Tag theme="warning">{item.replyModeration}</Tag> : null}
        </p>
      ) : (
        <>
          <div data-testid="feedback-reply">
            <Textarea
              value={text}
              onChange={(value) => {
                setText(String(value))
                setSure(false)
              }}
              placeholder="答复内容（以部门名义发送，提交人可见）"
              maxlength={FEEDBACK_REPLY_MAX}
              autosize={{ minRows: 4, maxRows: 10 }}
            />
          </div>
          {sure ? <p className="muted">答复发送后不能修改，再点一次确认发送。</p> : null}
        </>
      )}
    </Dialog>
  )
}
