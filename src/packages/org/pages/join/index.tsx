import { useRouter } from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { ErrorView, LoadingView } from '@/components/RequestStates'
import { useWhoami } from '@/lib/use-whoami'
import { INVITE_CODE_LENGTH } from '@/features/org/invite-code'
import { goToMe, useJoin } from '@/features/org/hooks/use-join'
import { StackPage } from '@/layouts/StackPage'
import { Button } from '@/ui/button'
import { Input } from '@/ui/input'
// Last, so the page's own styles win over NutUI's, in the same order on every page.
import '@/components/card.css'
import '@/features/org/components/org.css'

/** 加入组织: a newcomer redeems the invite their branch secretary gave them, binding this WeChat to their member record. */
export default function JoinPage() {
  const { params } = useRouter()
  const who = useWhoami()
  const join = useJoin(params)
  const { joined } = join

  let body
  if (joined) {
    body = (
      <View className="ps-join-success">
        <View className="ps-join-success__mark">✓</View>
        <View className="ps-join-success__title">加入成功</View>
        <View className="ps-join-success__text">
          欢迎你，<Text className="ps-join-success-name">{joined.name}</Text>！你已加入
          <Text className="ps-join-success-unit">{joined.unitName}</Text>
          {joined.groupName ? ` · ${joined.groupName}` : ''}。
        </View>
        <Button className="ps-join-me" type="primary" block onClick={goToMe}>
          前往我的
        </Button>
      </View>
    )
  } else if (who.loading) {
    body = <LoadingView />
  } else if (who.error) {
    body = <ErrorView error={who.error} onRetry={who.refetch} />
  } else if (who.data?.member) {
    body = (
      <View className="ps-join-already">
        <View className="ps-notice">
          你已是 {who.data.member.unitName} 的党员（{who.data.member.name}），无需再次加入。
        </View>
        <Button className="ps-join-me" type="primary" block onClick={goToMe}>
          前往我的
        </Button>
      </View>
    )
  } else {
    body = (
      <View className="ps-join">
        <View className="ps-join__title">使用邀请码加入组织</View>
        <View className="ps-join__hint">请输入支部书记发给你的 {INVITE_CODE_LENGTH} 位邀请码，加入后本微信将绑定你的党员身份。</View>
        <Input className="ps-join-input" placeholder="输入邀请码" value={join.code} maxLength={12} clearable onChange={join.typeCode} onConfirm={join.submit} />
        {join.resolving && <View className="ps-muted ps-join-resolving">正在读取小程序码中的邀请码…</View>}
        {join.problem && <View className="ps-join-error">{join.problem}</View>}
        <Button className="ps-join-submit" type="primary" block loading={join.submitting} onClick={join.submit}>
          加入
        </Button>
        {process.env.TARO_ENV === 'weapp' && (
          <Button className="ps-join-scan" fill="outline" block onClick={join.scan}>
            扫描邀请二维码
          </Button>
        )}
      </View>
    )
  }

  return <StackPage className="ps-join-page">{body}</StackPage>
}
