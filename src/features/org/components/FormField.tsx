import type { PropsWithChildren } from 'react'
import { View } from '@tarojs/components'

/** A labelled form row with room for a validation message under it. */
export function FormField({ label, error, children }: PropsWithChildren<{ label: string; error?: string }>) {
  return (
    <View className="ps-field">
      <View className="ps-field__label">{label}</View>
      <View className="ps-field__control">{children}</View>
      {error ? <View className="ps-field__error">{error}</View> : null}
    </View>
  )
}
