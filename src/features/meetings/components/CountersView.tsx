import { Text, View } from '@tarojs/components'
import type { MeetingCounters } from '@contract/meetings-api'

const CELLS: Array<{ key: keyof MeetingCounters; label: string }> = [
  { key: 'invited', label: '应到' },
  { key: 'present', label: '出席' },
  { key: 'late', label: '迟到' },
  { key: 'leave', label: '请假' },
  { key: 'absent', label: '缺席' },
  { key: 'madeUp', label: '已补学' }
]

/** The meeting's counts as one row of numbers: the unit as a whole, never a ranking. */
export function CountersView({ counters, className }: { counters: MeetingCounters; className?: string }) {
  return (
    <View className={`ps-m-counters ${className ?? ''}`}>
      {CELLS.map((cell) => (
        <View key={cell.key} className="ps-m-counter">
          <Text className={`ps-m-counter__value ps-m-count-${cell.key}`}>{counters[cell.key]}</Text>
          <Text className="ps-m-counter__label">{cell.label}</Text>
        </View>
      ))}
    </View>
  )
}
