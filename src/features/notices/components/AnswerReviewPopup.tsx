import { useEffect, useState } from 'react'
import { View } from '@tarojs/components'
import type { MemberProgress, ReviewStatus } from '@contract/notices-api'
import { ApiError } from '@/api/errors'
import { ErrorView, LoadingView } from '@/components/RequestStates'
import { showDone, showError } from '@/lib/toast'
import { useRequest } from '@/lib/use-request'
import { Button } from '@/ui/button'
import { Popup } from '@/ui/popup'
import { TextArea } from '@/ui/textarea'
import { getAnswers, reviewAnswers } from '../api'
import { REVIEW_LABELS } from '../format'
import { formatShanghai } from '@/lib/calendar'

/** One member's written answers, with 已阅 / 退回修改 (the member sees either on the notice). */
export function AnswerReviewPopup({
  noticeId,
  member,
  onClose,
  onReviewed
}: {
  noticeId: string
  member: MemberProgress | null
  onClose: () => void
  onReviewed: (memberId: string, status: ReviewStatus) => void
}) {
  return (
    <Popup
      visible={member !== null}
      position="bottom"
      round
      closeable
      title={member ? `${member.name}的学习讨论` : ''}
      onClose={onClose}
      className="ps-n-popup"
    >
      {member && <AnswerReview key={member.memberId} noticeId={noticeId} member={member} onReviewed={onReviewed} />}
    </Popup>
  )
}

function AnswerReview({
  noticeId,
  member,
  onReviewed
}: {
  noticeId: string
  member: MemberProgress
  onReviewed: (memberId: string, status: ReviewStatus) => void
}) {
  const { data, error, loading, refetch } = useRequest(() => getAnswers({ id: noticeId, memberId: member.memberId }))
  const [status, setStatus] = useState<ReviewStatus | null>(null)
  const [returning, setReturning] = useState(false)
  const [comment, setComment] = useState('')
  const [busy, setBusy] = useState(false)

  useEffect(() => {
    if (data) setStatus(data.review?.status ?? 'pending')
  }, [data])

  const review = async (next: 'accepted' | 'returned') => {
    if (busy) return
    if (next === 'returned' && !comment.trim()) {
      showError(new ApiError('INVALID_INPUT', '请写明需要修改的地方'))
      return
    }
    setBusy(true)
    try {
      const result = await reviewAnswers({ id: noticeId, memberId: member.memberId, status: next, ...(next === 'returned' ? { comment: comment.trim() } : {}) })
      setStatus(result.status)
      setReturning(false)
      onReviewed(member.memberId, result.status)
      showDone(next === 'accepted' ? '已标记为已阅' : '已退回修改')
    } catch (cause) {
      showError(cause)
    } finally {
      setBusy(false)
    }
  }

  if (loading) return <LoadingView />
  if (error) return <ErrorView error={error} onRetry={refetch} />
  if (!data) return null
  return (
    <View className="ps-n-sheet ps-answer-view">
      <View className="ps-muted">
        提交于 {formatShanghai(data.submittedAt)}
        {status ? ` · ${REVIEW_LABELS[status]}` : ''}
      </View>
      {data.moderation && (
        <View className="ps-answer-returned ps-answer-moderation">发言内容{data.moderation}（微信内容安全检查）：可在 工作台 → 待处理 中释放或退回。</View>
      )}
      {data.review?.status === 'returned' && data.review.comment && status === 'returned' && (
        <View className="ps-answer-returned">退回意见：{data.review.comment}</View>
      )}
      {data.questions.map((question, index) => (
        <View key={index}>
          <View className="ps-answer-question">
            {data.questions.length > 1 ? `${index + 1}. ` : ''}
            {question}
          </View>
          <View className="ps-answer-text ps-answer-view-text">{data.answers[index] ?? ''}</View>
        </View>
      ))}
      {returning ? (
        <View className="ps-n-dialog-form">
          <TextArea
            className="ps-review-comment"
            value={comment}
            maxLength={300}
            showCount
            autoSize
            rows={3}
            placeholder="需要修改的地方（必填），党员会在学习安排中看到"
            onChange={setComment}
          />
          <View className="ps-actions ps-actions--left">
            <Button fill="outline" onClick={() => setReturning(false)}>
              取消
            </Button>
            <Button className="ps-review-return-confirm" type="primary" loading={busy} onClick={() => void review('returned')}>
              确认退回
            </Button>
          </View>
        </View>
      ) : (
        <View className="ps-actions ps-actions--left">
          <Button className="ps-review-return" fill="outline" disabled={busy} onClick={() => setReturning(true)}>
            退回修改
          </Button>
          <Button className="ps-review-accept" type="primary" loading={busy} disabled={status === 'accepted'} onClick={() => void review('accepted')}>
            {status === 'accepted' ? '已阅' : '标记已阅'}
          </Button>
        </View>
      )}
    </View>
  )
}
