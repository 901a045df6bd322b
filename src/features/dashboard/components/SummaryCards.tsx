import { Text, View } from '@tarojs/components'
import type { ParticipationRow } from '@contract/dashboard-api'
import { BASE_KEYS, columnOf, formatValue, shortLabel, summaryOf } from '../columns'

/**
 * A unit's numbers for the scope, as cards: the rates, then the counts, then
 * what they are taken of. Each value carries `ps-dashboard-total-<key>`, the
 * PARTICIPATION_COLUMNS key its number comes from.
 */
export function SummaryCards({ row }: { row: ParticipationRow }) {
  return (
    <View className="ps-dashboard-summary">
      <View className="ps-d-summary">
        {summaryOf(row).map((item) => (
          <View key={item.key} className="ps-d-summary__card">
            <View className="ps-d-summary__number">
              <Text className={`ps-d-summary__value ps-dashboard-total-${item.key}`}>{item.value}</Text>
              {item.unit && <Text className="ps-d-summary__unit">{item.unit}</Text>}
            </View>
            <Text className="ps-d-summary__label">{item.label}</Text>
          </View>
        ))}
      </View>
      <View className="ps-muted ps-d-summary__base">
        {BASE_KEYS.map((key, index) => (
          <Text key={key}>
            {index > 0 ? ' · ' : ''}
            {shortLabel(columnOf(key))} <Text className={`ps-dashboard-total-${key}`}>{formatValue(columnOf(key).value(row))}</Text>{' '}
            {key === 'notices' ? '期' : '人次'}
          </Text>
        ))}
      </View>
    </View>
  )
}
