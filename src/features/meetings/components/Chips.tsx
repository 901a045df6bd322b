import { Text, View } from '@tarojs/components'

export interface Chip<V extends string | number> {
  value: V
  label: string
}

/**
 * A row of tappable chips, one chosen: short fixed choices (第几个, 周几,
 * 线下/线上) read faster as chips than behind a picker. Each chip has the
 * class `${className}-choice`, the chosen one also `ps-tag--on`.
 */
export function Chips<V extends string | number>({
  value,
  choices,
  onChange,
  className
}: {
  value: V
  choices: Array<Chip<V>>
  onChange: (value: V) => void
  className: string
}) {
  return (
    <View className={`ps-m-chips ${className}`}>
      {choices.map((choice) => (
        <Text
          key={String(choice.value)}
          className={`ps-tag ${className}-choice${choice.value === value ? ' ps-tag--on' : ''}`}
          onClick={() => onChange(choice.value)}
        >
          {choice.label}
        </Text>
      ))}
    </View>
  )
}
