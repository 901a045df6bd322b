import { useState } from 'react'
import { Button, Dialog, MessagePlugin, Textarea } from 'tdesign-react'
import type { InviteView, MemberView } from '@contract/org'
import { toApiError } from '../../../api/errors'
import { shanghaiDateTime } from '../../../lib/dates'
import { createInvite, rebindMember } from '../api'

/**
 * 邀请: a member not yet in WeChat gets a 小程序码 (or, when the platform
 * gave none, the code to type in 我的 → 加入组织). A new invite replaces the
 * previous one (its code stops working), so 重新生成 is also how a lost code
 * is revoked. A bound member is unbound first (解绑重邀, with a reason).
 */
export function InviteDialog(props: { member: MemberView; onClose: () => void; onChanged: () => void }) {
  const { member } = props
  const [invite, setInvite] = useState<InviteView | null>(null)
  const [reason, setReason] = useState('')
  const [busy, setBusy] = useState(false)

  const run = async (make: () => Promise<InviteView>): Promise<void> => {
    setBusy(true)
    try {
      setInvite(await make())
      props.onChanged()
    } catch (error) {
      void MessagePlugin.error(toApiError(error).message)
    } finally {
      setBusy(false)
    }
  }

  let body
  if (invite) {
    body = (
      <div className="org-invite" data-testid="invite">
        {invite.wxaCode ? <img src={`data:image/png;base64,${invite.wxaCode.png}`} alt="邀请小程序码" /> : null}
        <p>{invite.wxaCode ? '请对方用微信扫描小程序码加入，或在小程序“加入组织”中输入邀请码：' : '请对方在小程序“加入组织”中输入邀请码：'}</p>
        <strong className="org-invite-code" data-testid="invite-code">
          {invite.code}
        </strong>
        <p className="muted">
          {invite.memberName} · {invite.unitName}；有效期至 {shanghaiDateTime(invite.expiresAt)}。重新生成后，此码即失效。
        </p>
        <Button variant="outline" loading={busy} onClick={() => void run(() => createInvite(member.id))} data-testid="invite-again">
          重新生成（作废此码）
        </Button>
      </div>
    )
  } else if (member.bound) {
    body = (
      <div>
        <p>{member.name}已绑定微信。解绑后，原微信不能再以其身份使用，并生成新的邀请码。</p>
        <Textarea value={reason} onChange={(value) => setReason(String(value))} placeholder="解绑原因（如：更换微信号）" maxlength={100} />
        <p>
          <Button
            theme="danger"
            loading={busy}
            disabled={!reason.trim()}
            onClick={() => void run(() => rebindMember(member.id, reason.trim()))}
            data-testid="rebind"
          >
            确认解绑并重新邀请
          </Button>
        </p>
      </div>
    )
  } else {
    body = (
      <div>
        <p>为{member.name}生成邀请；之前发出的邀请码随之失效。</p>
        <Button theme="primary" loading={busy} onClick={() => void run(() => createInvite(member.id))} data-testid="invite-create">
          生成邀请
        </Button>
      </div>
    )
  }
  return (
    <Dialog visible header={`邀请 ${member.name}`} footer={false} onClose={props.onClose} width={480}>
      {body}
    </Dialog>
  )
}
