import { useRouter } from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { EmptyView } from '@/components/RequestStates'
import { QrCodeImage } from '@/components/QrCodeImage'
import { recallInvite } from '@/features/org/invite-store'
import { normaliseInviteCode } from '@/features/org/invite-code'
import { StackPage } from '@/layouts/StackPage'
import { copyText } from '@/lib/links'
import { formatDateTime } from '@/lib/org-labels'
import { showError } from '@/lib/toast'
import { routes } from '@/routes'
import { Button } from '@/ui/button'
// Last, so the page's own styles win over NutUI's, in the same order on every page.
import '@/components/card.css'
import '@/features/org/components/org.css'

/** 邀请码: the code, big and copyable, and a QR code of the join page, for one member to bind their WeChat. */
export default function InvitePage() {
  const code = normaliseInviteCode(useRouter().params.code ?? '')
  const invite = code ? recallInvite(code) : undefined

  if (!code) {
    return (
      <StackPage>
        <EmptyView text="没有邀请码，请在党员管理中为党员生成邀请" />
      </StackPage>
    )
  }

  const copy = () => {
    copyText(code, '邀请码已复制').catch(showError)
  }

  return (
    <StackPage className="ps-invite-page">
      <View className="ps-invite">
        {invite ? (
          <View className="ps-invite__for">
            邀请 <Text className="ps-invite-member">{invite.memberName}</Text> 加入 <Text className="ps-invite-unit">{invite.unitName}</Text>
          </View>
        ) : (
          <View className="ps-invite__for">加入组织邀请</View>
        )}
        <QrCodeImage className="ps-invite-qr" png={invite?.wxaCode?.png} fallback={invite?.joinPath ?? routes.orgJoin(code)} />
        <View className="ps-invite__label">邀请码</View>
        <View className="ps-invite-code" onClick={copy}>
          {code}
        </View>
        <Button className="ps-invite-copy" type="primary" fill="outline" size="small" onClick={copy}>
          复制邀请码
        </Button>
        <View className="ps-invite__rule ps-invite-expiry">7 天内有效，仅可使用一次{invite ? `（${formatDateTime(invite.expiresAt)} 前）` : ''}</View>
        <View className="ps-invite__how">
          请{invite ? ` ${invite.memberName} ` : '对方'}
          {invite?.wxaCode ? '用微信扫一扫上方小程序码' : '用自己的微信打开本小程序，扫描上方二维码'}，或在「我的 → 使用邀请码加入」中输入邀请码。
        </View>
      </View>
    </StackPage>
  )
}
