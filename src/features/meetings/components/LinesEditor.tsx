import { Text, View } from '@tarojs/components'
import { Input } from '@/ui/input'

/**
 * A list of one-line texts (议程, 学习材料, 决议): one input per line, 删除
 * and ＋ 添加. Blank lines are kept while typing and dropped when sent.
 */
export function LinesEditor({
  items,
  onChange,
  className,
  itemName,
  max,
  maxLength,
  placeholder
}: {
  items: string[]
  onChange: (items: string[]) => void
  className: string
  itemName: string
  max: number
  maxLength: number
  placeholder: string
}) {
  return (
    <View className={`ps-m-lines ${className}`}>
      {items.map((item, index) => (
        <View key={index} className="ps-m-line">
          <Text className="ps-m-line__no">{index + 1}.</Text>
          <Input
            className={`ps-m-line__input ${className}-input`}
            value={item}
            maxLength={maxLength}
            placeholder={placeholder}
            onChange={(value) => onChange(items.map((current, i) => (i === index ? value : current)))}
          />
          {items.length > 1 && (
            <Text className="ps-m-remove" onClick={() => onChange(items.filter((_, i) => i !== index))}>
              删除
            </Text>
          )}
        </View>
      ))}
      {items.length < max && (
        <View className={`ps-m-add ${className}-add`} onClick={() => onChange([...items, ''])}>
          ＋ 添加{itemName}
        </View>
      )}
    </View>
  )
}
