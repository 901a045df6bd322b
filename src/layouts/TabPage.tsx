import type { PropsWithChildren } from 'react'
import { View } from '@tarojs/components'
import { DevUserSwitcher } from '@/features/dev/DevUserSwitcher'
import { PrivacyPopup } from '@/features/privacy/components/PrivacyPopup'

/** Frame of a tab page: the H5 dev switcher on top (nothing on weapp), then the page. */
export function TabPage({ children }: PropsWithChildren) {
  return (
    <View className="ps-page">
      <DevUserSwitcher />
      {children}
      <PrivacyPopup />
    </View>
  )
}
