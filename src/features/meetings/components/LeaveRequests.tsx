import { useState } from 'react'
import { Text, View } from '@tarojs/components'
import type { AttendeeView } from '@contract/meetings-api'
import { ConfirmDialog } from '@/components/ConfirmDialog'
import { formatShanghai } from '@/lib/calendar'
import { showDone } from '@/lib/toast'
import { Button } from '@/ui/button'
import { TextArea } from '@/ui/textarea'
import { decideLeave } from '../api'
import { pendingLeave } from '../attendance'
import { CallMember } from './CallMember'

type Decision = 'approved' | 'refused'

/** 请假审批: each waiting request with 批准 / 不批准 and an optional comment the member sees. */
export function LeaveRequests({ meetingId, members, onDecided }: { meetingId: string; members: AttendeeView[]; onDecided: (member: AttendeeView) => void }) {
  const [deciding, setDeciding] = useState<{ member: AttendeeView; decision: Decision } | null>(null)
  const [comment, setComment] = useState('')
  const waiting = pendingLeave(members)

  const ask = (member: AttendeeView, decision: Decision) => {
    setComment('')
    setDeciding({ member, decision })
  }

  const decide = async () => {
    if (!deciding) return
    const text = comment.trim()
    const result = await decideLeave({ id: meetingId, memberId: deciding.member.memberId, decision: deciding.decision, ...(text ? { comment: text } : {}) })
    showDone(deciding.decision === 'approved' ? `已批准 ${deciding.member.name} 请假` : `未批准 ${deciding.member.name} 请假`)
    setDeciding(null)
    onDecided(result)
  }

  return (
    <View className="ps-card ps-leave-requests">
      <View className="ps-card__title">
        请假审批<Text className="ps-card__title-extra">{waiting.length ? `${waiting.length} 条待审批` : '暂无待审批'}</Text>
      </View>
      {waiting.map((member) => (
        <View key={member.memberId} className="ps-m-item ps-m-item--flat ps-leave-request">
          <View className="ps-m-item__head">
            <Text className="ps-m-item__title ps-leave-request-name">{member.name}</Text>
            <Text className="ps-muted">{member.leave ? formatShanghai(member.leave.requestedAt) : ''}</Text>
            <CallMember meetingId={meetingId} member={member} />
          </View>
          <View className="ps-text ps-leave-request-reason">{member.leave?.reason ?? ''}</View>
          <View className="ps-actions ps-actions--left">
            <Button className="ps-leave-refuse" size="small" fill="outline" onClick={() => ask(member, 'refused')}>
              不批准
            </Button>
            <Button className="ps-leave-approve" type="primary" size="small" onClick={() => ask(member, 'approved')}>
              批准
            </Button>
          </View>
        </View>
      ))}
      <ConfirmDialog
        className="ps-leave-decide-dialog"
        visible={deciding !== null}
        title={deciding?.decision === 'approved' ? '批准请假' : '不批准请假'}
        message={
          deciding
            ? `${deciding.member.name}：${deciding.member.leave?.reason ?? ''}${deciding.decision === 'approved' ? '。批准后会后需补学。' : '。不批准则须按时参会。'}`
            : ''
        }
        confirmText={deciding?.decision === 'approved' ? '批准' : '不批准'}
        onClose={() => setDeciding(null)}
        onConfirm={decide}
      >
        <View className="ps-m-dialog-form">
          <TextArea
            className="ps-leave-comment"
            value={comment}
            maxLength={200}
            showCount
            autoSize
            rows={2}
            placeholder="审批意见（选填），党员可以看到"
            onChange={setComment}
          />
        </View>
      </ConfirmDialog>
    </View>
  )
}
