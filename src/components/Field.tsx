import type { PropsWithChildren, ReactNode } from 'react'
import { View } from '@tarojs/components'
import './Field.css'

/** A labelled row of a form, with an optional hint under it (notices, meetings, dashboard settings). */
export function Field({ label, hint, className, children }: PropsWithChildren<{ label: ReactNode; hint?: ReactNode; className?: string }>) {
  return (
    <View className={`ps-field ${className ?? ''}`}>
      <View className="ps-field__label">{label}</View>
      <View className="ps-field__control">{children}</View>
      {hint ? <View className="ps-field__hint">{hint}</View> : null}
    </View>
  )
}
