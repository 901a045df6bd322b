import Taro, { useRouter } from '@tarojs/taro'
import { View } from '@tarojs/components'
import { ErrorView, LoadingView } from '@/components/RequestStates'
import { useSigninConfirm } from '@/features/signin/hooks/use-signin-confirm'
import { StackPage } from '@/layouts/StackPage'
import { routes } from '@/routes'
import { Button } from '@/ui/button'
import '@/components/card.css'
import '@/features/signin/signin.css'

function clock(ms: number): string {
  const at = new Date(ms)
  const pad = (n: number) => String(n).padStart(2, '0')
  return `${at.getMonth() + 1}月${at.getDate()}日 ${pad(at.getHours())}:${pad(at.getMinutes())}`
}

/**
 * 在电脑上登录管理端？ The page a console's 小程序码 opens (?scene=…): it shows
 * where the request came from and the code on that screen, and lets a member
 * with a console role let that browser in (确认登录) or refuse it (取消).
 */
export default function SigninConfirmPage() {
  const { params } = useRouter()
  const scene = params.scene ? decodeURIComponent(params.scene) : ''
  const { info, error, reload, busy, outcome, problem, act } = useSigninConfirm(scene)

  let body
  if (!scene) body = <View className="ps-notice ps-signin-problem">这不是管理端的登录码，请在电脑上打开管理端后重新扫码。</View>
  else if (outcome) {
    body = (
      <View className="ps-card ps-signin-done">
        <View className="ps-signin-done__title">{outcome === 'confirmed' ? '已确认，电脑上即将进入管理端' : '已取消，这台电脑不会登录'}</View>
        <Button className="ps-signin-home" block onClick={() => void Taro.switchTab({ url: routes.work })}>
          返回工作台
        </Button>
      </View>
    )
  } else if (error) body = <ErrorView error={error} onRetry={reload} />
  else if (!info) body = <LoadingView />
  else if (info.state === 'expired' || info.state === 'confirmed') {
    body = <View className="ps-notice ps-signin-problem">这个登录码已失效（超过 2 分钟或已使用），请在电脑上刷新后重新扫码。</View>
  } else {
    body = (
      <View className="ps-card ps-signin">
        <View className="ps-signin__title">在电脑上登录管理端？</View>
        <View className="ps-signin__row">
          电脑上显示的登录码：<View className="ps-signin-code">{info.code}</View>
        </View>
        <View className="ps-signin__row ps-signin-where">
          浏览器：{info.browser}
          {info.ip ? ` · IP ${info.ip}` : ''}
        </View>
        <View className="ps-signin__row ps-muted">请求时间：{clock(info.requestedAt)}</View>
        <View className="ps-muted ps-signin__hint">请确认登录码与电脑屏幕上的一致，并且是你本人在操作。不认识的请求请点取消。</View>
        {!info.allowed && <View className="ps-notice ps-signin-denied">管理端仅供组织部、党总支书记、支部书记和支部委员使用，你当前没有这些职务。</View>}
        {problem && <View className="ps-join-error ps-signin-error">{problem}</View>}
        {info.allowed && (
          <Button className="ps-signin-confirm" type="primary" block loading={busy} onClick={() => act(true)}>
            确认登录
          </Button>
        )}
        <Button className="ps-signin-cancel" block disabled={busy} onClick={() => act(false)}>
          取消
        </Button>
      </View>
    )
  }
  return <StackPage className="ps-signin-page">{body}</StackPage>
}
