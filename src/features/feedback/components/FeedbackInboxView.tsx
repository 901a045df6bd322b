import { useState } from 'react'
import { Text, View } from '@tarojs/components'
import { FEEDBACK_REPLY_MAX, type InboxFeedbackItem } from '@contract/feedback-api'
import { EmptyView, ErrorView, LoadingView } from '@/components/RequestStates'
import { formatShanghai } from '@/lib/calendar'
import { showDone, showError } from '@/lib/toast'
import { useRequest } from '@/lib/use-request'
import { Button } from '@/ui/button'
import { TextArea } from '@/ui/textarea'
import { feedbackInbox, replyFeedback } from '../api'
import { ageText, KIND_LABELS, STATUS_LABELS } from '../labels'
import './feedback.css'

/** 投诉建议 addressed to the caller (组织部, 党总支书记): open items, oldest first, each with a reply box. */
export function FeedbackInboxView() {
  const { data, error, loading, refetch } = useRequest(() => feedbackInbox())
  return (
    <View className="ps-feedback">
      <View className="ps-card">
        <View className="ps-card__title">待处理的投诉建议</View>
        <View className="ps-muted">按提交时间排列，最早的在前。匿名提交的不显示姓名和支部。</View>
        {loading && <LoadingView />}
        {error && <ErrorView error={error} onRetry={refetch} />}
        {data && !data.isRecipient && <EmptyView text="只有党委组织部和党总支书记接收投诉建议" />}
        {data?.isRecipient && data.items.length === 0 && <EmptyView text="没有待处理的投诉建议" />}
        {data?.items.map((item) => (
          <InboxItem key={item.id} item={item} onAnswered={refetch} />
        ))}
      </View>
    </View>
  )
}

function InboxItem({ item, onAnswered }: { item: InboxFeedbackItem; onAnswered: () => void }) {
  const [text, setText] = useState('')
  const [sending, setSending] = useState(false)
  const send = async () => {
    if (!text.trim()) {
      showError(new Error('请填写答复'))
      return
    }
    setSending(true)
    try {
      await replyFeedback({ id: item.id, content: text.trim() })
      showDone('已答复')
      onAnswered()
    } catch (error) {
      showError(error)
    } finally {
      setSending(false)
    }
  }
  return (
    <View className="ps-feedback-item ps-feedback-inbox-item">
      <View className="ps-feedback-item__head">
        <Text>
          {KIND_LABELS[item.kind]} · {item.sender ? `${item.sender.name}（${item.sender.unitName}）` : '匿名'}
        </Text>
        <Text className={`ps-feedback-status ps-feedback-status--${item.status}`}>{STATUS_LABELS[item.status]}</Text>
      </View>
      <View className="ps-feedback-item__body">{item.content}</View>
      {item.moderation && <View className="ps-muted ps-feedback-moderation">内容{item.moderation}：请在 工作台 → 待处理 中释放或退回</View>}
      <View className="ps-muted ps-feedback-age">
        {formatShanghai(item.createdAt)} 提交 · {ageText(item.ageDays)}
      </View>
      <TextArea
        className="ps-feedback-reply-box"
        value={text}
        maxLength={FEEDBACK_REPLY_MAX}
        autoSize
        rows={3}
        placeholder="答复内容（提交人可以看到）"
        onChange={setText}
      />
      <View className="ps-actions ps-actions--left">
        <Button className="ps-feedback-reply-send" type="primary" size="small" loading={sending} onClick={() => void send()}>
          答复
        </Button>
      </View>
    </View>
  )
}
