import { useEffect, useState } from 'react'
import { View } from '@tarojs/components'
import type { MemberView } from '@contract/org'
import { ConfirmDialog } from '@/components/ConfirmDialog'
import { TextArea } from '@/ui/textarea'
import { deactivateMember } from '../api'
import { ChoiceGroup } from './ChoiceGroup'

type Status = 'transferred_out' | 'inactive'

/** 停用/转出: which, and why (kept in the audit log); the member leaves the active list. */
export function DeactivateDialog({ member, onClose, onDone }: { member: MemberView | null; onClose: () => void; onDone: (member: MemberView) => void }) {
  const [status, setStatus] = useState<Status>('transferred_out')
  const [reason, setReason] = useState('')
  useEffect(() => {
    setStatus('transferred_out')
    setReason('')
  }, [member])

  return (
    <ConfirmDialog
      className="ps-deactivate-dialog"
      visible={member !== null}
      title={member ? `停用/转出 ${member.name}` : ''}
      message="操作后该党员不再出现在名单中，其微信也不能再以党员身份使用。"
      confirmText={status === 'transferred_out' ? '确认转出' : '确认停用'}
      disableConfirm={reason.trim().length < 2}
      onClose={onClose}
      onConfirm={async () => {
        if (!member) return
        onDone(await deactivateMember({ memberId: member.id, status, reason: reason.trim() }))
      }}
    >
      <View className="ps-dialog-form">
        <ChoiceGroup
          value={status}
          choices={[
            { value: 'transferred_out', label: '组织关系转出' },
            { value: 'inactive', label: '停用' }
          ]}
          onChange={setStatus}
        />
        <TextArea className="ps-reason-input" placeholder="原因（必填），如：转入外单位党组织" value={reason} maxLength={200} onChange={setReason} />
      </View>
    </ConfirmDialog>
  )
}
