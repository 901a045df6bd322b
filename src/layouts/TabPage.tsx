import type { PropsWithChildren } from 'react'
import { View } from '@tarojs/components'
import { DevUserSwitcher } from '@/features/dev/DevUserSwitcher'
import { PrivacyPopup } from '@/features/privacy/components/PrivacyPopup'
import { useTextScaleStyle } from '@/features/display/use-text-scale'

/** Frame of a tab page: the H5 dev switcher on top (nothing on weapp), then the page. */
export function TabPage({ children }: PropsWithChildren) {
  // WeChat's font size and 大字模式, as --ps-font-scale for every font-size below.
  const textScale = useTextScaleStyle()
  return (
    <View className="ps-page" style={textScale}>
      <DevUserSwitcher />
      {children}
      <PrivacyPopup />
    </View>
  )
}
