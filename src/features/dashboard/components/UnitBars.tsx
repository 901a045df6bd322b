import { useState } from 'react'
import { Text, View } from '@tarojs/components'
import type { ParticipationRow } from '@contract/dashboard-api'
import { BAR_KEYS, barsOf, columnOf, shortLabel, type BarKey } from '../columns'

/**
 * One bar per child unit for a rate chosen above: where a glance says more
 * than the table. A unit with nothing to divide by shows "—" and no bar.
 */
export function UnitBars({ rows, onOpen }: { rows: ParticipationRow[]; onOpen: (row: ParticipationRow) => void }) {
  const [metric, setMetric] = useState<BarKey>('readRate')
  const byId = new Map(rows.map((row) => [row.unitId, row]))
  return (
    <View className="ps-card ps-dashboard-bars">
      <View className="ps-card__title">各下级组织</View>
      <View className="ps-d-chips">
        {BAR_KEYS.map((key) => (
          <Text key={key} className={`ps-d-chip ps-dashboard-bar-metric-choice${metric === key ? ' ps-d-chip--on' : ''}`} onClick={() => setMetric(key)}>
            {shortLabel(columnOf(key))}
          </Text>
        ))}
      </View>
      {barsOf(rows, metric).map((bar) => {
        const row = byId.get(bar.unitId)
        return (
          <View key={bar.unitId} className="ps-d-bar-row ps-dashboard-bar" onClick={() => row?.drillable && onOpen(row)}>
            <Text className="ps-d-bar-row__name ps-dashboard-bar-name">{bar.unitName}</Text>
            <View className="ps-d-bar">
              <View className="ps-d-bar__fill" style={{ width: `${bar.width}%` }} />
            </View>
            <Text className="ps-d-bar-row__value ps-dashboard-bar-value">{bar.value === null ? '—' : `${bar.value}%`}</Text>
          </View>
        )
      })}
    </View>
  )
}
