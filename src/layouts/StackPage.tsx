import type { PropsWithChildren } from 'react'
import { View } from '@tarojs/components'
import { DevUserSwitcher } from '@/features/dev/DevUserSwitcher'
import { PrivacyPopup } from '@/features/privacy/components/PrivacyPopup'

/**
 * Frame of a page opened on top of a tab (the subpackages' pages): the same H5
 * dev switcher as the tabs, so the acting user can be changed anywhere.
 */
export function StackPage({ children, className }: PropsWithChildren<{ className?: string }>) {
  return (
    <View className={`ps-page ps-stack-page ${className ?? ''}`}>
      <DevUserSwitcher />
      {children}
      <PrivacyPopup />
    </View>
  )
}
