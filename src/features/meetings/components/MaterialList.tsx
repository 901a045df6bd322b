import Taro from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { openExternalLink } from '@/lib/links'
import { showError } from '@/lib/toast'
import { routes } from '@/routes'

const isLink = (text: string) => /^https?:\/\//i.test(text)

/** 学习材料: titles as text, links that open (H5) or copy (weapp), and the linked study notice. */
export function MaterialList({ materials, noticeId }: { materials: string[]; noticeId: string | null }) {
  if (materials.length === 0 && !noticeId) return <View className="ps-muted">未列出学习材料</View>
  return (
    <View className="ps-meeting-materials-list">
      {materials.map((material, index) => (
        <View key={index} className="ps-m-line-row ps-meeting-material">
          <Text className="ps-m-line__no">{index + 1}.</Text>
          {isLink(material) ? (
            <Text className="ps-m-link" onClick={() => void openExternalLink(material).catch(showError)}>
              {material}
            </Text>
          ) : (
            <Text>{material}</Text>
          )}
        </View>
      ))}
      {noticeId && (
        <View className="ps-m-line-row ps-meeting-notice-link" onClick={() => void Taro.navigateTo({ url: routes.noticeDetail(noticeId) })}>
          <Text className="ps-m-link">查看关联的学习安排及学习材料 ›</Text>
        </View>
      )}
    </View>
  )
}
