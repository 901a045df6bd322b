import { useState } from 'react'
import { Text, View } from '@tarojs/components'
import type { MyAttendance } from '@contract/meetings-api'
import { ApiError } from '@/api/errors'
import { formatShanghai } from '@/lib/calendar'
import { showDone, showError } from '@/lib/toast'
import { Button } from '@/ui/button'
import { TextArea } from '@/ui/textarea'
import { askConsent, MEETING_TEMPLATE_ID } from '@/lib/subscribe-consent'
import { requestLeave } from '../api'
import { isAhead, LEAVE_DECISION_LABELS } from '../format'

/**
 * 请假: before the meeting starts a member asks with a reason; afterwards
 * they see the secretary's decision and comment. "Before the start" is this
 * device's guess for showing the form: the server refuses late requests
 * (LEAVE_CLOSED) and that message is shown.
 */
export function LeaveBox({
  meetingId,
  startAt,
  mine,
  onChange
}: {
  meetingId: string
  startAt: string
  mine: MyAttendance
  onChange: (mine: MyAttendance) => void
}) {
  const [open, setOpen] = useState(false)
  const [reason, setReason] = useState('')
  const [sending, setSending] = useState(false)
  const leave = mine.leave

  const send = async () => {
    if (sending) return
    if (reason.trim().length < 2) {
      showError(new ApiError('INVALID_INPUT', '请填写请假事由'))
      return
    }
    setSending(true)
    try {
      // The tap that asks for leave also asks consent to the meeting template (reminders and the leave decision); refusing it changes nothing else.
      await askConsent([MEETING_TEMPLATE_ID]).catch(() => [])
      const next = await requestLeave({ id: meetingId, reason: reason.trim() })
      onChange(next)
      setOpen(false)
      showDone('已提交请假，等待支部书记审批')
    } catch (error) {
      showError(error)
    } finally {
      setSending(false)
    }
  }

  const before = isAhead(startAt, new Date())
  // A refused request may be asked again (with another reason) while the meeting has not started.
  if (leave && !(leave.decision === 'refused' && mine.status === 'pending' && before && open)) {
    return (
      <View className="ps-card ps-leave">
        <View className="ps-card__title">
          请假
          <Text className={`ps-tag ps-leave-decision ps-tag--${leave.decision === 'approved' ? 'ok' : leave.decision === 'refused' ? 'bad' : 'warn'}`}>
            {LEAVE_DECISION_LABELS[leave.decision]}
          </Text>
        </View>
        <View className="ps-text ps-leave-reason-text">事由：{leave.reason}</View>
        {mine.moderation?.leave && <View className="ps-muted ps-leave-moderation">事由内容{mine.moderation.leave}（内容安全检查）</View>}
        <View className="ps-muted">提交于 {formatShanghai(leave.requestedAt)}</View>
        {leave.decidedAt && <View className="ps-muted">审批于 {formatShanghai(leave.decidedAt)}</View>}
        {leave.comment && <View className="ps-m-result ps-leave-comment">审批意见：{leave.comment}</View>}
        {leave.decision === 'refused' && (
          <>
            <View className="ps-muted">请按时参加会议。</View>
            {mine.status === 'pending' && before && (
              <View className="ps-actions ps-actions--left">
                <Button className="ps-leave-open" size="small" fill="outline" onClick={() => setOpen(true)}>
                  重新请假
                </Button>
              </View>
            )}
          </>
        )}
        {leave.decision === 'approved' && <View className="ps-muted">会后请按要求完成补学。</View>}
      </View>
    )
  }
  if (mine.status !== 'pending') return null
  if (!before) {
    return (
      <View className="ps-card ps-leave">
        <View className="ps-muted ps-leave-closed">会议已开始，不能再请假。</View>
      </View>
    )
  }
  return (
    <View className="ps-card ps-leave">
      <View className="ps-card__title">请假</View>
      {open ? (
        <>
          <TextArea
            className="ps-leave-reason"
            value={reason}
            maxLength={200}
            showCount
            autoSize
            rows={3}
            placeholder="请假事由（必填），如 出差在外"
            onChange={setReason}
          />
          <View className="ps-actions ps-actions--left">
            <Button fill="outline" size="small" onClick={() => setOpen(false)}>
              取消
            </Button>
            <Button className="ps-leave-submit" type="primary" size="small" loading={sending} onClick={() => void send()}>
              提交请假
            </Button>
          </View>
        </>
      ) : (
        <>
          <View className="ps-muted">不能参加请在会议开始前请假，由支部书记审批；请假的党员会后需要补学。</View>
          <View className="ps-actions ps-actions--left">
            <Button className="ps-leave-open" size="small" fill="outline" onClick={() => setOpen(true)}>
              请假
            </Button>
          </View>
        </>
      )}
    </View>
  )
}
