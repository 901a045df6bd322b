import Taro from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { routes } from '@/routes'
import './me.css'

/** Under 我的: 我的数据 (members only) and the 隐私政策 (everyone, before joining too). */
export function PrivacyEntries({ member }: { member: boolean }) {
  return (
    <>
      {member && (
        <View className="ps-card ps-me-privacy-entry ps-me-my-data-entry" onClick={() => void Taro.navigateTo({ url: routes.myData() })}>
          <Text className="ps-me-privacy-entry__text">我的数据</Text>
          <Text className="ps-muted">查看并导出系统保存的关于你的全部记录 ›</Text>
        </View>
      )}
      <View className="ps-card ps-me-privacy-entry ps-me-policy-entry" onClick={() => void Taro.navigateTo({ url: routes.privacyPolicy() })}>
        <Text className="ps-me-privacy-entry__text">隐私政策</Text>
        <Text className="ps-muted">用户隐私保护指引：保存什么、为什么、谁能看到 ›</Text>
      </View>
    </>
  )
}
