import { Fragment } from 'react'
import { Text, View } from '@tarojs/components'
import { UNIT_TYPE_LABELS } from '@/lib/org-labels'
import type { TrailStep } from '../trail'

/** Where the drill-down is (党委 › 党总支 › 党支部); a tap on an earlier unit goes back up to it. */
export function Breadcrumb({ trail, onBack }: { trail: TrailStep[]; onBack: (index: number) => void }) {
  return (
    <View className="ps-d-crumbs ps-dashboard-crumbs">
      {trail.map((step, index) => {
        const current = index === trail.length - 1
        return (
          <Fragment key={step.unitId}>
            {index > 0 && <Text className="ps-d-crumbs__sep">›</Text>}
            <Text
              className={`ps-d-crumb ps-dashboard-crumb${current ? ' ps-d-crumb--current ps-dashboard-crumb--current' : ''}`}
              onClick={() => !current && onBack(index)}
            >
              {step.unitName || '…'}
            </Text>
            {current && step.unitType && <Text className="ps-d-crumbs__type">{UNIT_TYPE_LABELS[step.unitType]}</Text>}
          </Fragment>
        )
      })}
    </View>
  )
}
