import Taro from '@tarojs/taro'
import { View } from '@tarojs/components'
import { routes } from '@/routes'
import { Button } from '@/ui/button'
import './me.css'

/** For a WeChat user who has not joined: what to do, and the way in (the invite page). On 首页 and 我的. */
export function JoinEntry() {
  return (
    <View className="ps-me-join-box">
      <View className="ps-notice ps-me-no-member">你还未加入党组织，请向支部书记索取邀请码</View>
      <Button className="ps-me-join" type="primary" block onClick={() => void Taro.navigateTo({ url: routes.orgJoin() })}>
        使用邀请码加入
      </Button>
    </View>
  )
}
