import { useEffect, useRef, useState } from 'react'
import { View } from '@tarojs/components'
import type { NoticeDetail } from '@contract/notices-api'
import { ApiError } from '@/api/errors'
import { showDone, showError } from '@/lib/toast'
import { useDebouncedValue } from '@/lib/use-debounced-value'
import { Button } from '@/ui/button'
import { TextArea } from '@/ui/textarea'
import { submitAnswers } from '../api'
import { clearAnswerDraft, loadAnswerDraft, saveAnswerDraft } from '../answer-draft'
import { REVIEW_LABELS } from '../format'
import { formatShanghai } from '@/lib/calendar'

type Mine = NonNullable<NoticeDetail['mine']>

/** The server's limit per answer (schemas.ts MAX_ANSWER_CHARS). */
const MAX_ANSWER_CHARS = 3000

/**
 * 学习讨论: a written answer per question. Drafts stay on this device until
 * submitted; once submitted the member sees a confirmation, and may edit until
 * the deadline (or until the secretary marks it 已阅).
 */
export function AnswerForm({ noticeId, questions, mine, deadline }: { noticeId: string; questions: string[]; mine: Mine; deadline: string | null }) {
  const restored = useRef(loadAnswerDraft(noticeId, questions.length))
  const [answers, setAnswers] = useState<string[]>(() => restored.current ?? questions.map((_, i) => mine.answers?.[i] ?? ''))
  const [submittedAt, setSubmittedAt] = useState(mine.submittedAt)
  const [review, setReview] = useState(mine.review)
  // Content security: 审核中 while WeChat's check holds the answers for the secretary (only the author and the secretary see them).
  const [moderation, setModeration] = useState(mine.moderation ?? null)
  const [editing, setEditing] = useState(mine.editable && (!mine.submittedAt || mine.review?.status === 'returned' || restored.current !== null))
  const [submitting, setSubmitting] = useState(false)
  const [tried, setTried] = useState(false)

  const settled = useDebouncedValue(answers, 500)
  const touched = useRef(false)
  useEffect(() => {
    // Only what the member typed is kept, never the answers loaded from the server.
    if (editing && touched.current) saveAnswerDraft(noticeId, settled)
  }, [settled, editing, noticeId])

  const change = (index: number, value: string) => {
    touched.current = true
    setAnswers((current) => current.map((answer, i) => (i === index ? value : answer)))
  }

  const blank = answers.map((answer, i) => (answer.trim() ? -1 : i)).filter((i) => i >= 0)

  const submit = async () => {
    setTried(true)
    if (submitting) return
    if (blank.length > 0) {
      showError(new ApiError('INVALID_INPUT', `请回答全部 ${questions.length} 个讨论题（第 ${blank.map((i) => i + 1).join('、')} 题未填）`))
      return
    }
    setSubmitting(true)
    try {
      const result = await submitAnswers({ id: noticeId, answers: answers.map((answer) => answer.trim()) })
      clearAnswerDraft(noticeId)
      touched.current = false
      restored.current = null
      setSubmittedAt(result.submittedAt)
      setModeration(result.moderation ?? null)
      // A returned answer, once edited, waits for review again (as the server records it).
      if (review?.status === 'returned') setReview({ ...review, status: 'pending' })
      setEditing(false)
      showDone('已提交')
    } catch (error) {
      showError(error)
    } finally {
      setSubmitting(false)
    }
  }

  const editable = mine.editable && review?.status !== 'accepted'
  return (
    <View className="ps-card ps-notice-discussion">
      <View className="ps-card__title">学习讨论</View>
      {moderation && (
        <View className="ps-answer-returned ps-answer-moderation">
          内容{moderation}
          {moderation === '审核中' ? '：支部书记审核通过前，只有你和支部书记能看到这些发言。' : '：请修改后重新提交。'}
        </View>
      )}
      {review?.status === 'returned' && <View className="ps-answer-returned">支部退回修改{review.comment ? `：${review.comment}` : ''}</View>}
      {questions.map((question, index) => (
        <View key={index} className="ps-answer-item">
          <View className="ps-answer-question">
            {questions.length > 1 ? `${index + 1}. ` : ''}
            {question}
          </View>
          {editing ? (
            <>
              <TextArea
                className="ps-answer-input"
                value={answers[index]}
                maxLength={MAX_ANSWER_CHARS}
                autoSize
                rows={4}
                placeholder="写下你的学习体会"
                onChange={(value) => change(index, value)}
              />
              <View className={`ps-answer-count${answers[index].length >= MAX_ANSWER_CHARS ? ' ps-problems' : ''}`}>
                {answers[index].length} / {MAX_ANSWER_CHARS} 字{answers[index].length >= MAX_ANSWER_CHARS ? '（已达上限，超出部分无法输入）' : ''}
              </View>
              {tried && !answers[index].trim() && <View className="ps-problems">请填写这一题</View>}
            </>
          ) : (
            <View className="ps-answer-text">{submittedAt ? answers[index] : '（未作答）'}</View>
          )}
        </View>
      ))}

      {editing && (
        <>
          {restored.current && <View className="ps-muted">已恢复本机保存的草稿。</View>}
          <View className="ps-muted">草稿自动保存在本机；提交后本支部书记可以查看{deadline ? `，${formatShanghai(deadline)} 前可以修改` : ''}。</View>
          <View className="ps-actions ps-actions--left">
            {submittedAt && (
              <Button fill="outline" onClick={() => setEditing(false)}>
                取消修改
              </Button>
            )}
            <Button className="ps-answer-submit" type="primary" loading={submitting} onClick={() => void submit()}>
              {submittedAt ? '重新提交' : '提交'}
            </Button>
          </View>
        </>
      )}

      {!editing && submittedAt && (
        <View className="ps-answer-submitted">
          已提交（{formatShanghai(submittedAt)}）{review ? `，${REVIEW_LABELS[review.status]}` : ''}
          {editable ? (deadline ? `。${formatShanghai(deadline)} 前可以修改。` : '。可以修改。') : '。'}
        </View>
      )}
      {!editing && submittedAt && editable && (
        <View className="ps-actions ps-actions--left">
          <Button className="ps-answer-edit" fill="outline" onClick={() => setEditing(true)}>
            修改回答
          </Button>
        </View>
      )}
      {!editing && !submittedAt && <View className="ps-muted ps-answer-closed">已过提交截止时间，不能再提交。</View>}
    </View>
  )
}
