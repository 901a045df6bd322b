import { Text, View } from '@tarojs/components'
import { NOT_PERSONAL, POLICY_RECORDS, POLICY_SECTIONS, PRIVACY_APIS } from '../policy'
import './privacy.css'

/** 用户隐私保护指引: what is stored about a member, why, who sees it, how long, and how to see and correct it. */
export function PrivacyPolicy() {
  return (
    <View className="ps-card ps-privacy-policy">
      <View className="ps-privacy-policy__p">
        「党员学习教育」小程序由信息工程学院党委组织部运营，用于支部学习教育和组织生活。本指引说明我们保存你的哪些信息、为什么、谁能看到、保存多久，以及你如何查看和更正。
      </View>

      <View className="ps-privacy-policy__h">保存的信息、用途和可见范围</View>
      {POLICY_RECORDS.map((record) => (
        <View key={record.title} className="ps-privacy-policy__table-row ps-privacy-record">
          <View className="ps-privacy-policy__name">{record.title}</View>
          <View>内容：{record.what}</View>
          <View>用途：{record.why}</View>
          <View>谁能看到：{record.who}</View>
        </View>
      ))}
      <View className="ps-privacy-policy__p ps-muted">不含个人信息的数据：{Object.values(NOT_PERSONAL).join('、')}。</View>

      <View className="ps-privacy-policy__h">使用的微信隐私接口</View>
      {PRIVACY_APIS.map((api) => (
        <View key={api.name} className="ps-privacy-policy__p">
          <Text className="ps-privacy-policy__name">{api.name}</Text>：{api.use}。
        </View>
      ))}

      {POLICY_SECTIONS.map((section) => (
        <View key={section.title}>
          <View className="ps-privacy-policy__h">{section.title}</View>
          {section.paragraphs.map((paragraph) => (
            <View key={paragraph} className="ps-privacy-policy__p">
              {paragraph}
            </View>
          ))}
        </View>
      ))}
    </View>
  )
}
