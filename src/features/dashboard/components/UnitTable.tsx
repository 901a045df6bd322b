import { useState } from 'react'
import { ScrollView, Text, View } from '@tarojs/components'
import type { ParticipationRow } from '@contract/dashboard-api'
import { PARTICIPATION_COLUMNS } from '@contract/dashboard-rules'
import { BY_NAME, formatValue, nextOrder, sortRows, type SortOrder } from '../columns'

function Arrow({ order, column }: { order: SortOrder; column: string }) {
  if (order.key !== column) return <Text className="ps-d-th__arrow ps-d-th__arrow--idle">↕</Text>
  return <Text className="ps-d-th__arrow">{order.direction === 'asc' ? '↑' : '↓'}</Text>
}

/**
 * The participation table of the export, on screen: the unit's 合计 row
 * first, then its child units in the order asked (tap a header; again to
 * turn it around). A unit with units or members under it opens on a tap.
 */
export function UnitTable({ unit, rows, onOpen }: { unit: ParticipationRow; rows: ParticipationRow[]; onOpen: (row: ParticipationRow) => void }) {
  const [order, setOrder] = useState<SortOrder>(BY_NAME)
  const sort = (key: string) => setOrder((current) => nextOrder(current, key))
  const cells = (row: ParticipationRow) =>
    PARTICIPATION_COLUMNS.map((column) => (
      <Text key={column.key} className={`ps-d-td ps-dashboard-cell-${column.key}`}>
        {formatValue(column.value(row))}
      </Text>
    ))

  return (
    <View className="ps-card ps-dashboard-table-card">
      <View className="ps-card__title">
        参与情况<Text className="ps-card__title-extra">点表头排序，点组织查看下级</Text>
      </View>
      <ScrollView scrollX className="ps-d-table-scroll">
        <View className="ps-d-table ps-d-table--units ps-dashboard-units">
          <View className="ps-d-tr ps-d-tr--head">
            <Text
              className={`ps-d-th ps-d-th--name ps-dashboard-sort ps-dashboard-sort-name${order.key === 'name' ? ' ps-d-th--on' : ''}`}
              onClick={() => sort('name')}
            >
              组织
              <Arrow order={order} column="name" />
            </Text>
            {PARTICIPATION_COLUMNS.map((column) => (
              <Text
                key={column.key}
                className={`ps-d-th ps-dashboard-sort ps-dashboard-sort-${column.key}${order.key === column.key ? ' ps-d-th--on' : ''}`}
                onClick={() => sort(column.key)}
              >
                {column.label}
                <Arrow order={order} column={column.key} />
              </Text>
            ))}
          </View>
          <View className="ps-d-tr ps-d-tr--total ps-dashboard-total-row">
            <Text className="ps-d-td ps-d-td--name">合计：{unit.unitName}</Text>
            {cells(unit)}
          </View>
          {sortRows(rows, order).map((row) => (
            <View
              key={row.unitId}
              className={`ps-d-tr ps-dashboard-unit-row${row.drillable ? ' ps-d-tr--open ps-dashboard-unit-row--open' : ''}`}
              onClick={() => row.drillable && onOpen(row)}
            >
              <Text className="ps-d-td ps-d-td--name ps-dashboard-unit-name">{row.unitName}</Text>
              {cells(row)}
            </View>
          ))}
        </View>
      </ScrollView>
    </View>
  )
}
