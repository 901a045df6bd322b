import type { PropsWithChildren, ReactNode } from 'react'
import { View } from '@tarojs/components'

/** A labelled row of a meetings form, with an optional hint under it. */
export function Field({ label, hint, className, children }: PropsWithChildren<{ label: ReactNode; hint?: ReactNode; className?: string }>) {
  return (
    <View className={`ps-m-field ${className ?? ''}`}>
      <View className="ps-m-field__label">{label}</View>
      <View className="ps-m-field__control">{children}</View>
      {hint ? <View className="ps-m-field__hint">{hint}</View> : null}
    </View>
  )
}
