import { Text, View } from '@tarojs/components'
import type { ParticipationRow } from '@contract/dashboard-api'
import { HELD_ONLY_NOTE } from '@contract/dashboard-rules'
import { BASE_KEYS, columnOf, formatValue, shortLabel, summaryOf, upcomingDetail } from '../columns'

/**
 * A unit's numbers for the scope, as cards: the rates, then the counts, then
 * what they are taken of. Each value carries `ps-dashboard-total-<key>`, the
 * PARTICIPATION_COLUMNS key its number comes from. Beside them, apart, the
 * period's meetings not yet held (即将召开) with the leave already approved
 * for them: never in a rate, as the one-line note under them says.
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
      <View className="ps-d-upcoming ps-dashboard-upcoming">
        <View className="ps-d-summary__card ps-d-upcoming__card">
          <View className="ps-d-summary__number">
            <Text className="ps-d-summary__value ps-dashboard-total-upcomingMeetings">{row.upcoming.meetings}</Text>
            <Text className="ps-d-summary__unit">次</Text>
          </View>
          <Text className="ps-d-summary__label">即将召开</Text>
        </View>
        <View className="ps-d-upcoming__text">
          <View className="ps-dashboard-upcoming-leave">
            已请假 <Text className="ps-dashboard-total-upcomingLeave">{row.upcoming.leave}</Text> 人次（已批准，会议召开后才计入请假）
          </View>
          <View className="ps-muted ps-dashboard-upcoming-detail">{upcomingDetail(row).join(' · ')}</View>
        </View>
      </View>
      <View className="ps-muted ps-d-held-note ps-dashboard-held-note">{HELD_ONLY_NOTE}</View>
    </View>
  )
}
