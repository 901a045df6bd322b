import type { PropsWithChildren } from 'react'
import { View } from '@tarojs/components'
import { DevUserSwitcher } from '@/features/dev/DevUserSwitcher'
import { PrivacyPopup } from '@/features/privacy/components/PrivacyPopup'
import { useTextScaleStyle } from '@/features/display/use-text-scale'

/**
 * Frame of a page opened on top of a tab (the subpackages' pages): the same H5
 * dev switcher as the tabs, so the acting user can be changed anywhere.
 */
export function StackPage({ children, className }: PropsWithChildren<{ className?: string }>) {
  // WeChat's font size and 大字模式, as --ps-font-scale for every font-size below.
  const textScale = useTextScaleStyle()
  return (
    <View className={`ps-page ps-stack-page ${className ?? ''}`} style={textScale}>
      <DevUserSwitcher />
      {children}
      <PrivacyPopup />
    </View>
  )
}
