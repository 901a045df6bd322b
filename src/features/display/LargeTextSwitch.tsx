import { Text, View } from '@tarojs/components'
import { Switch } from '@/ui/switch'
import { setLargeText, useLargeText } from './large-text-store'
import './display.css'

/** 我的 → 大字模式: text at 1.5× on every page of this device (适老化); WeChat's own font size is followed either way. */
export function LargeTextSwitch() {
  const on = useLargeText()
  return (
    <View className="ps-card ps-large-text-entry" onClick={() => setLargeText(!on)}>
      <View className="ps-large-text-entry__text">
        <Text className="ps-large-text-entry__title">大字模式</Text>
        <Text className="ps-muted">{on ? '已开启：文字放大 1.5 倍' : '文字放大 1.5 倍，方便阅读；也会跟随微信的字体大小'}</Text>
      </View>
      {/* The whole row is the tap target; the switch only shows the state (display.css lets taps pass through it). */}
      <View className="ps-large-text-entry__switch">
        <Switch className="ps-large-text-switch" checked={on} activeText="开" inactiveText="关" />
      </View>
    </View>
  )
}
