import { useEffect, useState } from 'react'
import { View } from '@tarojs/components'
import type { InviteView, MemberView } from '@contract/org'
import { ConfirmDialog } from '@/components/ConfirmDialog'
import { TextArea } from '@/ui/textarea'
import { rebindMember } from '../api'

/** 重新绑定: for a member whose WeChat changed; unbinds the old one and issues a new invite. */
export function RebindDialog({ member, onClose, onInvite }: { member: MemberView | null; onClose: () => void; onInvite: (invite: InviteView) => void }) {
  const [reason, setReason] = useState('')
  useEffect(() => setReason(''), [member])

  return (
    <ConfirmDialog
      className="ps-rebind-dialog"
      visible={member !== null}
      title={member ? `重新绑定 ${member.name}` : ''}
      message="当前绑定的微信将立即失效，并生成新的邀请码供其重新绑定。"
      confirmText="解绑并生成邀请"
      disableConfirm={reason.trim().length < 2}
      onClose={onClose}
      onConfirm={async () => {
        if (!member) return
        onInvite(await rebindMember({ memberId: member.id, reason: reason.trim() }))
      }}
    >
      <View className="ps-dialog-form">
        <TextArea className="ps-reason-input" placeholder="原因（必填），如：更换了手机微信号" value={reason} maxLength={200} onChange={setReason} />
      </View>
    </ConfirmDialog>
  )
}
