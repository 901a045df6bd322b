import Taro from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { routes } from '@/routes'
import './feedback.css'

/** The 投诉建议 entry under 我的 (国办函〔2026〕12号 asks every such app for one). */
export function FeedbackEntry() {
  return (
    <View className="ps-card ps-feedback-entry" onClick={() => void Taro.navigateTo({ url: routes.feedbackMine() })}>
      <Text className="ps-feedback-entry__text">投诉建议</Text>
      <Text className="ps-muted">向党委组织部或党总支反映问题、提出建议，可匿名 ›</Text>
    </View>
  )
}
