import { useSyncExternalStore } from 'react'
import Taro, { useRouter } from '@tarojs/taro'
import { Button, Text, View } from '@tarojs/components'
import { answerPrivacyRequest, pendingPrivacyRequest, PRIVACY_AGREE_BUTTON_ID, subscribePrivacyRequest } from '@/lib/privacy'
import { routes } from '@/routes'
import './privacy.css'

const isWeapp = process.env.TARO_ENV === 'weapp'

/**
 * The agreement popup, mounted once per page by the layouts; it shows while a
 * privacy-related action waits (src/lib/privacy.ts). On weapp the agree button
 * is WeChat's `open-type="agreePrivacyAuthorization"` with the id the pending
 * call is resolved with; on H5 a plain tap. 不同意 only cancels that action.
 * Hidden on the 隐私政策 page itself, which the popup links to.
 */
export function PrivacyPopup() {
  const request = useSyncExternalStore(subscribePrivacyRequest, pendingPrivacyRequest, pendingPrivacyRequest)
  const router = useRouter()
  if (!request || router.path.includes(routes.privacyPolicy().slice(1))) return null
  const agree = () => answerPrivacyRequest(true)
  return (
    <View className="ps-privacy-mask">
      <View className="ps-privacy-popup" role="dialog" aria-label="用户隐私保护指引">
        <View className="ps-privacy-popup__title">用户隐私保护指引</View>
        <View className="ps-privacy-popup__text">
          为了<Text className="ps-privacy-popup__purpose">{request.purpose}</Text>
          ，请先阅读并同意《党员学习教育用户隐私保护指引》。我们只处理开展学习教育所必需的信息（姓名、手机号、所在组织，学习、会议和投诉建议记录），不用于其他目的，不向组织以外的任何人提供。
        </View>
        <View className="ps-privacy-popup__link" onClick={() => void Taro.navigateTo({ url: routes.privacyPolicy() })}>
          查看《用户隐私保护指引》全文 ›
        </View>
        <View className="ps-privacy-popup__note ps-muted">不同意只取消本次操作，其他功能照常使用；下次需要时会再次询问。</View>
        <View className="ps-privacy-popup__actions">
          <Button className="ps-privacy-popup__decline" onClick={() => answerPrivacyRequest(false)}>
            不同意
          </Button>
          {isWeapp ? (
            <Button id={PRIVACY_AGREE_BUTTON_ID} className="ps-privacy-popup__agree" openType="agreePrivacyAuthorization" onAgreePrivacyAuthorization={agree}>
              同意
            </Button>
          ) : (
            <Button id={PRIVACY_AGREE_BUTTON_ID} className="ps-privacy-popup__agree" onClick={agree}>
              同意
            </Button>
          )}
        </View>
      </View>
    </View>
  )
}
