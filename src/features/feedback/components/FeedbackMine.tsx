import { useState } from 'react'
import { Text, View } from '@tarojs/components'
import { FEEDBACK_CONTENT_MAX, type FeedbackKind, type FeedbackRecipient, type FeedbackTargets, type MyFeedbackItem } from '@contract/feedback-api'
import { EmptyView, ErrorView, LoadingView } from '@/components/RequestStates'
import { formatShanghai } from '@/lib/calendar'
import { showDone, showError } from '@/lib/toast'
import { useRequest } from '@/lib/use-request'
import { Button } from '@/ui/button'
import { TextArea } from '@/ui/textarea'
import { feedbackTargets, myFeedback, sendFeedback } from '../api'
import { KIND_LABELS, newRequestId, STATUS_LABELS } from '../labels'
import './feedback.css'

/** 投诉建议 for a member: the form, then what they sent with its replies. */
export function FeedbackMine() {
  const targets = useRequest(() => feedbackTargets())
  const mine = useRequest(() => myFeedback())
  return (
    <View className="ps-feedback">
      <View className="ps-card">
        <View className="ps-card__title">提交投诉建议</View>
        <View className="ps-muted">
          可以提交给党委组织部或所在党总支。你所在党支部的书记和支委看不到你提交的内容；选择匿名后，接收方也看不到你的姓名和支部。
        </View>
        {targets.loading && <LoadingView />}
        {targets.error && <ErrorView error={targets.error} onRetry={targets.refetch} />}
        {targets.data && (
          <FeedbackForm
            targets={targets.data}
            onSent={() => {
              targets.refetch()
              mine.refetch()
            }}
          />
        )}
      </View>
      <View className="ps-card">
        <View className="ps-card__title">我提交的</View>
        {mine.loading && <LoadingView />}
        {mine.error && <ErrorView error={mine.error} onRetry={mine.refetch} />}
        {mine.data && mine.data.items.length === 0 && <EmptyView text="还没有提交过投诉建议" />}
        {mine.data?.items.map((item) => (
          <MyItem key={item.id} item={item} />
        ))}
      </View>
    </View>
  )
}

function Chip({ on, text, onClick, className }: { on: boolean; text: string; onClick: () => void; className?: string }) {
  return (
    <View className={`ps-feedback-chip ${on ? 'ps-feedback-chip--on' : ''} ${className ?? ''}`} onClick={onClick}>
      {on ? '✓ ' : ''}
      {text}
    </View>
  )
}

function FeedbackForm({ targets, onSent }: { targets: FeedbackTargets; onSent: () => void }) {
  const [kind, setKind] = useState<FeedbackKind>('suggestion')
  const [to, setTo] = useState<FeedbackRecipient>('org_department')
  const [anonymous, setAnonymous] = useState(false)
  const [content, setContent] = useState('')
  // One id per item: a retry after a lost answer reuses it, so the server keeps one item.
  const [requestId, setRequestId] = useState(newRequestId)
  const [sending, setSending] = useState(false)

  const send = async () => {
    if (!content.trim()) {
      showError(new Error('请填写内容'))
      return
    }
    setSending(true)
    try {
      await sendFeedback({ requestId, kind, to, content: content.trim(), anonymous })
      setContent('')
      setRequestId(newRequestId())
      showDone('已提交')
      onSent()
    } catch (error) {
      showError(error)
    } finally {
      setSending(false)
    }
  }

  return (
    <View className="ps-feedback-form">
      <View className="ps-feedback-row">
        <Text className="ps-feedback-row__label">类型</Text>
        {(['suggestion', 'complaint'] as const).map((k) => (
          <Chip key={k} className={`ps-feedback-kind-${k}`} on={kind === k} text={KIND_LABELS[k]} onClick={() => setKind(k)} />
        ))}
      </View>
      <View className="ps-feedback-row">
        <Text className="ps-feedback-row__label">提交给</Text>
        {targets.targets.map((target) => (
          <Chip key={target.to} className={`ps-feedback-to-${target.to}`} on={to === target.to} text={target.unitName} onClick={() => setTo(target.to)} />
        ))}
      </View>
      <View className="ps-feedback-row">
        <Text className="ps-feedback-row__label">署名</Text>
        <Chip className="ps-feedback-named" on={!anonymous} text="实名" onClick={() => setAnonymous(false)} />
        <Chip className="ps-feedback-anonymous" on={anonymous} text="匿名" onClick={() => setAnonymous(true)} />
      </View>
      <TextArea
        className="ps-feedback-content"
        value={content}
        maxLength={FEEDBACK_CONTENT_MAX}
        showCount
        autoSize
        rows={4}
        placeholder="请写下你的投诉或建议（不超过 1000 字）"
        onChange={setContent}
      />
      <View className="ps-muted">今天还可提交 {targets.remainingToday} 条（每人每天最多 5 条）</View>
      <View className="ps-actions ps-actions--left">
        <Button className="ps-feedback-send" type="primary" loading={sending} disabled={targets.remainingToday === 0} onClick={() => void send()}>
          提交
        </Button>
      </View>
    </View>
  )
}

function MyItem({ item }: { item: MyFeedbackItem }) {
  return (
    <View className="ps-feedback-item ps-feedback-mine-item">
      <View className="ps-feedback-item__head">
        <Text>
          {KIND_LABELS[item.kind]} · 致{item.toUnitName}
          {item.anonymous ? ' · 匿名' : ''}
        </Text>
        <Text className={`ps-feedback-status ps-feedback-status--${item.status}`}>{STATUS_LABELS[item.status]}</Text>
      </View>
      <View className="ps-feedback-item__body">{item.content}</View>
      {item.moderation && <View className="ps-muted ps-feedback-moderation">内容{item.moderation}（内容安全检查，由接收方处理）</View>}
      <View className="ps-muted">{formatShanghai(item.createdAt)} 提交</View>
      {item.reply ? (
        <View className="ps-feedback-reply">
          <View className="ps-feedback-reply__by">
            {item.reply.byLabel}答复 · {formatShanghai(item.reply.at)}
          </View>
          <View className="ps-feedback-reply__text">{item.reply.content}</View>
        </View>
      ) : (
        <View className="ps-muted">等待答复</View>
      )}
    </View>
  )
}
